// Citizens' letters and petitions (đơn thư): complaints (khiếu nại), denunciations (tố cáo),
// recommendations and feedback (kiến nghị, phản ánh).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.hpp"
#include "base/model.hpp"
#include "base/request.hpp"

namespace sen::petitions {

// The name of its kind of record: files, search and handovers name it (app::RecordKind).
inline constexpr const char* kRecordKind = "petition";

inline const std::vector<std::string> kChannels = {"direct", "post", "portal", "hotline", "transferred"};
inline const std::vector<std::string> kTypes = {"khieu_nai", "to_cao", "kien_nghi", "phan_anh"};
inline const std::vector<std::string> kFields = {"dat_dai", "moi_truong",        "xay_dung",       "tai_chinh",
                                                 "can_bo",  "chinh_sach_xa_hoi", "trat_tu_do_thi", "khac"};
inline const std::vector<std::string> kVariants = {"base", "complex", "remote", "remote_complex", "very_complex"};
// What a decision found of a complaint or denunciation: right (đúng), wrong (sai), partly right.
enum class Result { dung, sai, dung_mot_phan };
BOOST_DESCRIBE_ENUM(Result, dung, sai, dung_mot_phan)
// A step of a letter: processing (accept, forward, guide, file), resolution (extend, dialogue,
// withdraw, suspend, resume, decide), and the follow-up of the decision.
enum class EventKind { accept, forward, guide, file, extend, dialogue, withdraw, suspend, resume, decide, follow_up };
BOOST_DESCRIBE_ENUM(EventKind, accept, forward, guide, file, extend, dialogue, withdraw, suspend, resume, decide,
                    follow_up)
// Where a letter stands, computed from its events on a day (rules.hpp): awaiting processing (past
// its deadline: processing_overdue); accepted and being resolved (resolution_overdue, suspended);
// closed: forwarded, guided, filed, a duplicate, withdrawn, or resolved.
enum class Status {
  awaiting_processing,
  processing_overdue,
  in_resolution,
  resolution_overdue,
  suspended,
  forwarded,
  guided,
  filed,
  duplicate,
  withdrawn,
  resolved
};
BOOST_DESCRIBE_ENUM(Status, awaiting_processing, processing_overdue, in_resolution, resolution_overdue, suspended,
                    forwarded, guided, filed, duplicate, withdrawn, resolved)

// Why a letter may be filed without processing (Circular 05/2021/TT-TTCP, the letters that are
// not processed), with the words the offices use.
inline const std::vector<std::pair<std::string, std::string>> kFileReasons = {
    {"anonymous", "Đơn không ghi rõ họ tên, địa chỉ (nặc danh)"},
    {"unclear", "Đơn không rõ nội dung, không có thông tin cụ thể"},
    {"resolved", "Việc đã được giải quyết đúng quy định, không có tình tiết mới"},
    {"court", "Việc đã được Tòa án thụ lý hoặc giải quyết"},
    {"copy", "Đơn gửi nhiều nơi, đã gửi đến đúng cơ quan có thẩm quyền"},
    {"withdrawn", "Người gửi đơn rút đơn"},
    {"other", "Trường hợp khác theo quy định"},
};

struct Person {
  std::string name;
  std::optional<std::string> address;
  std::optional<std::string> phone;
  std::optional<std::string> email;
};
BOOST_DESCRIBE_STRUCT(Person, (), (name, address, phone, email))
// What a request may give of a petitioner.
inline const std::vector<json::Rule> kPersonRequest = {json::Rule::line("name", 200).needed(),
                                                       json::Rule::line("address", 500), json::Rule::line("phone", 20),
                                                       json::Rule::line("email", 254)};

struct Petition {
  std::int64_t id = 0;
  std::string tracking_code;
  std::string channel;
  Date received_on;
  std::vector<std::string> types;
  std::string field;
  std::string content;
  std::optional<std::string> concerned_unit;
  std::optional<std::string> concerned_person;
  std::string handling_unit;
  bool anonymous = false;
  int petitioner_count = 0;
  int round = 1;
  std::optional<std::int64_t> previous_id;
  std::optional<std::int64_t> duplicate_of;
  std::string variant = "base";
  bool illustrative = false;
  std::string created_by;
  std::int64_t version = 1;

  bool has(const std::string& type) const;
  bool denunciation() const { return has("to_cao"); }
};
// `types` is one column, the codes separated by commas (store.cpp).
BOOST_DESCRIBE_STRUCT(Petition, (),
                      (id, tracking_code, channel, received_on, types, field, content, concerned_unit, concerned_person,
                       handling_unit, anonymous, petitioner_count, round, previous_id, duplicate_of, variant,
                       illustrative, created_by, version))
// What a request receiving a letter may set (its petitioners are read beside these).
inline const std::vector<json::Rule> kReceiveRequest = {json::Rule::line("channel", 20).needed(),
                                                        json::Rule{"received_on"},
                                                        json::Rule{"types"},
                                                        json::Rule::line("field", 40).needed(),
                                                        json::Rule::text("content", 20000).needed(),
                                                        json::Rule::line("concerned_unit", 32),
                                                        json::Rule::line("concerned_person", 500),
                                                        json::Rule::line("handling_unit", 32).needed(),
                                                        json::Rule{"anonymous"},
                                                        json::Rule{"previous_id"},
                                                        json::Rule::line("variant", 20)};

struct Event {
  std::int64_t id = 0;
  EventKind kind = EventKind::accept;
  Date on;
  std::optional<std::string> note;
  std::optional<std::string> reason;
  std::optional<std::string> recipient;
  std::optional<std::string> decision_number;
  std::optional<Date> decision_date;
  std::optional<Date> new_deadline;
  std::optional<Result> result;
  bool partial = false;
  std::string recorded_by;
};
// `on` is the column happened_on.
BOOST_DESCRIBE_STRUCT(Event, (),
                      (id, kind, on, note, reason, recipient, decision_number, decision_date, new_deadline, result,
                       partial, recorded_by))

}  // namespace sen::petitions
