#include "petitions/rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "base/error.hpp"

namespace sen::petitions {

bool Petition::has(const std::string& type) const {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool valid_phone(std::string_view text) {
  return text.size() >= 8 && std::all_of(text.begin(), text.end(), [](char ch) {
           return std::isdigit(static_cast<unsigned char>(ch)) || ch == ' ' || ch == '+';
         });
}

bool valid_email(std::string_view text) {
  auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  auto domain = text.substr(at + 1);
  auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.' &&
         text.find_first_of(" \t") == std::string_view::npos;
}

bool public_kind(const Petition& p) {
  return !p.has("khieu_nai") && !p.has("to_cao");
}

std::string processing_rule(const Petition& p) {
  if (p.denunciation()) return "denunciation_acceptance";
  if (p.has("khieu_nai")) return "complaint_acceptance";
  return "letter_processing";
}

std::optional<std::string> resolution_rule(const Petition& p) {
  if (p.denunciation()) return "denunciation_resolution";
  if (p.has("khieu_nai")) return p.round == 2 ? "complaint_second_resolution" : "complaint_first_resolution";
  return std::nullopt;
}

State state_of(const Petition& p, const std::vector<Event>& events, Date processing_due,
               const std::function<std::optional<Date>(Date)>& resolution_due, Date today) {
  State s;
  auto close = [&](const char* status, Date on) {
    s.status = status;
    s.open = false;
    s.closed_on = on;
    s.due.reset();
  };
  s.status = "awaiting_processing";
  s.due = processing_due;
  if (p.duplicate_of) {
    close("duplicate", p.received_on);
    return s;
  }
  std::optional<Date> suspended_since;
  int suspended_days = 0;
  for (const auto& e : events) {
    if (e.on > today || !s.open) continue;  // not yet known on `today`, or after the end
    if (e.kind == "accept") {
      s.accepted_on = e.on;
      s.status = "in_resolution";
      s.due = resolution_due(e.on);
    } else if (e.kind == "forward") {
      close("forwarded", e.on);
    } else if (e.kind == "guide") {
      close("guided", e.on);
    } else if (e.kind == "file") {
      close("filed", e.on);
    } else if (e.kind == "extend") {
      s.due = e.new_deadline;
      ++s.extensions;
    } else if (e.kind == "suspend") {
      suspended_since = e.on;
    } else if (e.kind == "resume" && suspended_since) {
      suspended_days += suspended_since->days_until(e.on);
      suspended_since.reset();
    } else if (e.kind == "withdraw" && !e.partial) {
      close("withdrawn", e.on);
    } else if (e.kind == "decide") {
      Date due = s.due ? s.due->plus_days(suspended_days) : e.on;
      s.result = e.result;
      s.on_time = e.on <= due;
      close("resolved", e.on);
    }
  }
  if (!s.open) return s;
  if (s.accepted_on && s.due) s.due = s.due->plus_days(suspended_days);
  if (suspended_since) {
    s.status = "suspended";
  } else if (s.due && today > *s.due) {
    s.status = s.accepted_on ? "resolution_overdue" : "processing_overdue";
  }
  if (s.due) s.days_left = today.days_until(*s.due);
  return s;
}

namespace {

[[noreturn]] void refuse(const std::string& code, const std::string& vi, const std::string& en,
                         const char* field = "kind") {
  throw Error(ErrorKind::conflict, code, vi, en, field);
}

}  // namespace

void check_event(const Petition& p, const State& s, const std::vector<Event>& events, const Event& e) {
  if (std::find(kEventKinds.begin(), kEventKinds.end(), e.kind) == kEventKinds.end()) {
    throw invalid_field("kind", fmt::format("Bước xử lý '{}' không có", e.kind),
                        fmt::format("Unknown step '{}'", e.kind));
  }
  if (e.on < p.received_on) {
    throw invalid_field("date", "Ngày xử lý trước ngày nhận đơn", "The step is dated before the letter was received");
  }
  bool awaiting = s.open && !s.accepted_on;
  bool resolving = s.open && s.accepted_on.has_value();
  const std::string& k = e.kind;
  if (k == "accept" || k == "forward" || k == "guide" || k == "file") {
    if (!awaiting) {
      refuse("petition.already_processed", "Đơn đã được xử lý (thụ lý, chuyển, hướng dẫn hoặc lưu)",
             "The letter was already processed");
    }
    if (k == "accept" && p.denunciation() && p.anonymous) {
      refuse(
          "petition.anonymous_denunciation",
          "Tố cáo nặc danh không được thụ lý giải quyết như tố cáo (Luật Tố cáo 2018, Điều 25); có thể lưu đơn hoặc "
          "kiểm tra nội dung nếu cụ thể",
          "An anonymous denunciation is not processed as a denunciation; file it, or inspect its content if specific");
    }
    if (k == "forward" && !e.recipient) {
      throw invalid_field("recipient", "Hãy ghi cơ quan có thẩm quyền nhận đơn chuyển", "Name the competent body");
    }
    if (k == "forward" &&
        std::any_of(events.begin(), events.end(), [](const Event& x) { return x.kind == "forward"; })) {
      refuse("petition.forwarded_once", "Đơn chỉ được chuyển một lần", "A letter is forwarded once only");
    }
    if (k == "file") {
      bool known =
          std::any_of(kFileReasons.begin(), kFileReasons.end(), [&](const auto& r) { return e.reason == r.first; });
      if (!known) {
        throw invalid_field("reason", "Hãy chọn lý do lưu đơn theo Thông tư 05/2021/TT-TTCP",
                            "Give a reason for filing allowed by Circular 05/2021/TT-TTCP");
      }
    }
    return;
  }
  if (k == "follow_up") {
    if (s.status != "resolved")
      refuse("petition.not_decided", "Chưa có quyết định để theo dõi thi hành", "Nothing decided to follow up");
    return;
  }
  if (!resolving) {
    refuse("petition.not_in_resolution", "Đơn không ở giai đoạn giải quyết", "The letter is not being resolved");
  }
  if (k == "extend") {
    if (!resolution_rule(p))
      refuse("petition.no_deadline", "Đơn kiến nghị, phản ánh không gia hạn",
             "Recommendations and feedback are not extended");
    if (!e.decision_number || !e.decision_date || !e.new_deadline) {
      throw invalid_field(!e.decision_number ? "decision_number"
                          : !e.decision_date ? "decision_date"
                                             : "new_deadline",
                          "Gia hạn phải có quyết định bằng văn bản: số, ngày và thời hạn mới",
                          "An extension needs a written decision: number, date and new deadline");
    }
    if (s.due && *e.new_deadline <= *s.due) {
      throw invalid_field("new_deadline", "Thời hạn mới phải sau thời hạn hiện tại",
                          "The new deadline must be after the current one");
    }
    int allowed = p.denunciation() ? 2 : 1;
    if (s.extensions >= allowed) {
      refuse("petition.extensions_used", fmt::format("Đã gia hạn {} lần, tối đa theo luật", s.extensions),
             fmt::format("Already extended {} times, the most the law allows", s.extensions));
    }
  } else if (k == "suspend" && s.status == "suspended") {
    refuse("petition.already_suspended", "Việc giải quyết đang tạm đình chỉ", "Resolution is already suspended");
  } else if (k == "resume" && s.status != "suspended") {
    refuse("petition.not_suspended", "Việc giải quyết không bị tạm đình chỉ", "Resolution is not suspended");
  } else if (k == "decide") {
    if (s.status == "suspended")
      refuse("petition.suspended", "Hãy tiếp tục giải quyết trước khi ra quyết định", "Resume before deciding");
    if (resolution_rule(p) && (!e.result || std::find(kResults.begin(), kResults.end(), *e.result) == kResults.end())) {
      throw invalid_field("result", "Kết luận: dung (đúng), sai hoặc dung_mot_phan (đúng một phần)",
                          "result is dung, sai or dung_mot_phan");
    }
  }
}

}  // namespace sen::petitions
