// `sen calendar …`: the lunar calendar, holidays, working days and legal deadlines.
#pragma once
#include <string>

namespace sen::cli {

int calendar_lunar(const std::string& date);
int calendar_solar(int year, int month, int day, bool leap);
int calendar_holidays(const std::string& db, int year);
int calendar_working_days(const std::string& db, const std::string& from, const std::string& to);
int calendar_add_working_days(const std::string& db, const std::string& from, int days);
int calendar_deadline(const std::string& db, const std::string& rule, const std::string& start,
                      const std::string& variant);

}  // namespace sen::cli
