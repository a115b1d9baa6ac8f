#include "access/permissions.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "access/principal.hpp"

namespace sen::access {

namespace {

using namespace perm;

const std::map<std::string, std::set<std::string_view>>& matrix() {
  static const std::map<std::string, std::set<std::string_view>> m = {
      {"admin", {kUnitsRead,     kUnitsWrite,     kTargetsRead,   kTargetsEnter,  kTargetsPlan,      kIndicatorsWrite,
                 kTasksRead,     kTasksAssign,    kTasksReport,   kPetitionsRead, kPetitionsProcess, kProjectsRead,
                 kProjectsWrite, kProjectsPlan,   kProjectsCurve, kOversightRead, kOversightWrite,   kReportsWrite,
                 kReportsIssue,  kCalendarManage, kUsersManage,   kAuditRead}},
      {"leader",
       {kUnitsRead, kTargetsRead, kTasksRead, kTasksAssign, kTasksReport, kPetitionsRead, kProjectsRead, kOversightRead,
        kReportsWrite, kReportsIssue}},
      {"officer",
       {kUnitsRead, kTargetsRead, kTargetsEnter, kTargetsPlan, kTasksRead, kTasksReport, kProjectsRead, kProjectsWrite,
        kProjectsPlan, kProjectsCurve, kReportsWrite}},
      {"inspector", {kUnitsRead, kTargetsRead, kTasksRead, kProjectsRead, kOversightRead, kOversightWrite}},
      {"petition_officer", {kUnitsRead, kPetitionsRead, kPetitionsProcess}},
      {"viewer", {kUnitsRead, kTargetsRead, kTasksRead, kProjectsRead}},
  };
  return m;
}

}  // namespace

bool is_role(const std::string& role) {
  return std::find(kRoles.begin(), kRoles.end(), role) != kRoles.end();
}

bool is_shared_setting(std::string_view permission) {
  return std::find(std::begin(kShared), std::end(kShared), permission) != std::end(kShared);
}

bool role_has(const std::string& role, std::string_view permission) {
  if (permission == kPublic) return true;
  auto it = matrix().find(role);
  if (it == matrix().end()) return false;
  return permission == kSignedIn || it->second.count(permission) > 0;
}

bool Principal::can(std::string_view permission) const {
  if (user.unit && is_shared_setting(permission)) return false;
  return role_has(user.role, permission) || user.grants.count(std::string(permission)) > 0;
}

}  // namespace sen::access
