// Roles and the permissions routes require. The matrix is documented in docs/security.md and
// checked route by route by tests/http/permissions.test.mjs.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sen::access {

namespace perm {
inline constexpr std::string_view kPublic = "public";       // anyone, without logging in
inline constexpr std::string_view kSignedIn = "signed_in";  // any user who is logged in
inline constexpr std::string_view kUnitsRead = "units.read";
inline constexpr std::string_view kUnitsWrite = "units.write";
inline constexpr std::string_view kTargetsRead = "targets.read";
inline constexpr std::string_view kTargetsEnter = "targets.enter";  // values and their imports
inline constexpr std::string_view kTargetsPlan = "targets.plan";    // plans, targets and their imports
inline constexpr std::string_view kIndicatorsWrite = "indicators.write";
inline constexpr std::string_view kTasksRead = "tasks.read";
inline constexpr std::string_view kTasksAssign = "tasks.assign";  // documents, tasks, decisions on them
inline constexpr std::string_view kTasksReport = "tasks.report";  // progress, completion, extension requests
inline constexpr std::string_view kPetitionsRead = "petitions.read";
inline constexpr std::string_view kPetitionsProcess = "petitions.process";  // intake, processing, resolution
inline constexpr std::string_view kProjectsRead = "projects.read";
inline constexpr std::string_view kProjectsWrite = "projects.write";  // projects, milestones, progress, disbursements
inline constexpr std::string_view kProjectsPlan = "projects.plan";    // capital plans, extensions
inline constexpr std::string_view kProjectsCurve = "projects.curve";  // the expected monthly disbursement curve
inline constexpr std::string_view kOversightRead =
    "oversight.read";  // programmes, cases, discipline, ratings, statistics
inline constexpr std::string_view kOversightWrite = "oversight.write";  // the same, written
inline constexpr std::string_view kReportsWrite = "reports.write";      // report drafts and their text
inline constexpr std::string_view kReportsIssue = "reports.issue";      // issuing (and so freezing) a report
inline constexpr std::string_view kCalendarManage = "calendar.manage";  // holiday decisions, rules, rest days
inline constexpr std::string_view kUsersManage = "users.manage";
inline constexpr std::string_view kAuditRead = "audit.read";
// Never part of a role: given to a user by name (user_grants).
inline constexpr std::string_view kPetitionIdentity = "petitions.identity";  // a denouncer's identity
inline constexpr std::string_view kPartyMembers = "oversight.members";       // party membership records
// Every permission a route may need besides public and signed_in, in the order /api/v1/me lists them.
inline constexpr std::string_view kAll[] = {
    kUnitsRead,     kUnitsWrite,     kTargetsRead,   kTargetsEnter,  kTargetsPlan,      kIndicatorsWrite,
    kTasksRead,     kTasksAssign,    kTasksReport,   kPetitionsRead, kPetitionsProcess, kProjectsRead,
    kProjectsWrite, kProjectsPlan,   kProjectsCurve, kOversightRead, kOversightWrite,   kReportsWrite,
    kReportsIssue,  kCalendarManage, kUsersManage,   kAuditRead,     kPetitionIdentity, kPartyMembers};
// Settings shared by every unit: held only by accounts without a scope, whatever their role.
inline constexpr std::string_view kShared[] = {kIndicatorsWrite, kCalendarManage, kProjectsCurve};
}  // namespace perm

inline const std::vector<std::string> kRoles = {"admin",     "leader",           "officer",
                                                "inspector", "petition_officer", "viewer"};

// Permissions that can be granted to a user individually.
inline const std::vector<std::string> kGrantable = {std::string(perm::kPetitionIdentity),
                                                    std::string(perm::kPartyMembers)};

bool is_role(const std::string& role);
bool is_shared_setting(std::string_view permission);
// Whether the role carries the permission (kSignedIn: every role; grants are separate).
bool role_has(const std::string& role, std::string_view permission);

}  // namespace sen::access
