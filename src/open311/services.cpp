#include "open311/services.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "base/error.hpp"
#include "base/received_text.hpp"
#include "open311/messages.hpp"
#include "petitions/model.hpp"

namespace sen::open311 {

namespace bj = boost::json;

namespace {

const std::map<std::string, std::string>& field_names() {
  static const std::map<std::string, std::string> kNames = {{"dat_dai", "Đất đai"},
                                                            {"moi_truong", "Môi trường"},
                                                            {"xay_dung", "Xây dựng"},
                                                            {"tai_chinh", "Tài chính"},
                                                            {"can_bo", "Cán bộ, công chức"},
                                                            {"chinh_sach_xa_hoi", "Chính sách xã hội"},
                                                            {"trat_tu_do_thi", "Trật tự đô thị"},
                                                            {"khac", "Lĩnh vực khác"}};
  return kNames;
}

struct Attribute {
  std::string code;
  std::string datatype;  // string or singlevaluelist
  std::string description;
  std::string datatype_description;
  std::vector<std::pair<std::string, std::string>> values;  // key, name
  std::size_t max_chars = 0;                                // for strings
};

std::vector<Attribute> attributes_of(const Service& s) {
  std::vector<Attribute> out = {
      {"kind",
       "singlevaluelist",
       "Loại đơn: phản ánh (báo một sự việc) hay kiến nghị (đề nghị một việc cần làm); mặc định là phản ánh",
       "Chọn một",
       {{"phan_anh", "Phản ánh"}, {"kien_nghi", "Kiến nghị"}},
       0},
      {"petitioner_address",
       "string",
       "Địa chỉ của người gửi, nơi cơ quan gửi văn bản trả lời (khác địa điểm sự việc trong address_string)",
       "Một dòng, tối đa 500 ký tự",
       {},
       500},
  };
  if (s.code == "can_bo") {
    out.push_back({"concerned_person",
                   "string",
                   "Họ tên, chức vụ của cán bộ, công chức được phản ánh",
                   "Một dòng, tối đa 500 ký tự",
                   {},
                   500});
  }
  return out;
}

}  // namespace

const std::vector<Service>& services() {
  static const std::vector<Service> kServices = [] {
    std::vector<Service> out;
    for (const auto& field : petitions::kFields) {
      const auto& name = field_names().at(field);
      out.push_back({field, "Phản ánh, kiến nghị: " + name, "Phản ánh, kiến nghị của người dân về lĩnh vực " + name});
    }
    return out;
  }();
  return kServices;
}

const Service* find_service(std::string_view code) {
  for (const auto& s : services()) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

bj::object service_json(const Service& s) {
  return {{"service_code", s.code},
          {"service_name", s.name},
          {"description", s.description},
          {"metadata", true},
          {"type", "realtime"},
          {"keywords", "phản ánh, kiến nghị, phan anh, kien nghi"},
          {"group", "Phản ánh, kiến nghị"}};
}

bj::object definition_json(const Service& s) {
  bj::array attributes;
  int order = 0;
  for (const auto& a : attributes_of(s)) {
    bj::object o{{"variable", true},
                 {"code", a.code},
                 {"datatype", a.datatype},
                 {"required", false},
                 {"datatype_description", a.datatype_description},
                 {"order", ++order},
                 {"description", a.description}};
    if (a.datatype == "singlevaluelist") {
      bj::array values;
      for (const auto& [key, name] : a.values) values.push_back({{"key", key}, {"name", name}});
      o["values"] = std::move(values);
    }
    attributes.push_back(std::move(o));
  }
  return {{"service_code", s.code}, {"attributes", std::move(attributes)}};
}

LetterDetails read_attributes(const Service& s, const std::map<std::string, std::vector<std::string>>& given) {
  LetterDetails d;
  d.types = {"phan_anh"};
  auto definitions = attributes_of(s);
  for (const auto& entry : given) {
    const std::string& code = entry.first;  // a named variable: lambdas below capture it (clang 14)
    const auto& values = entry.second;
    const std::string field = "attribute[" + code + "]";
    auto a = std::find_if(definitions.begin(), definitions.end(), [&](const Attribute& x) { return x.code == code; });
    if (a == definitions.end()) {
      throw messages::error<"open311.attribute_unknown">(field, s.code, code);
    }
    if (values.empty()) continue;
    if (values.size() > 1) {
      throw messages::error<"open311.attribute_one_value">(field, field);
    }
    auto value = received_text(values.front(), field, a->max_chars ? a->max_chars : 100, Lines::one);
    if (a->datatype == "singlevaluelist") {
      std::vector<std::string> keys;
      for (const auto& v : a->values) keys.push_back(v.first);
      require_one_of(field, value, keys);
    }
    if (code == "kind")
      d.types = {value};
    else if (code == "petitioner_address")
      d.petitioner_address = value;
    else if (code == "concerned_person")
      d.concerned_person = value;
  }
  return d;
}

}  // namespace sen::open311
