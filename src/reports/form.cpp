#include "reports/form.hpp"

namespace sen::reports {

namespace {

Form party_form() {
  Form f;
  f.superior = {14};
  f.issuer = {14, true};
  f.number = {14};
  f.motto = {15, true, false, true};
  f.place_date = {14, false, true};
  f.kind = {16, true};
  f.subject = {14, true};
  f.cutoff = {14, false, true};
  f.heading = {14, true};
  f.subheading = {14, true};
  f.body = {14};
  f.table = {12};
  f.table_heading = {12, true};
  f.recipients_label = {14, false, false, true};
  f.recipients = {12};
  f.signature = {14, true};
  f.signer = {14, true};
  f.star = true;
  f.subject_dashes = true;
  f.left_share = 0.44;
  return f;
}

Form state_form() {
  Form f;
  f.issuer = {13, true};
  f.number = {13};
  f.motto = {12, true};
  f.motto_second = {13, true, false, true};
  f.place_date = {14, false, true};
  f.kind = {14, true};
  f.subject = {14, true};
  f.cutoff = {14, false, true};
  f.heading = {14, true};
  f.subheading = {14, true};
  f.body = {14};
  f.table = {12};
  f.table_heading = {12, true};
  f.recipients_label = {12, true, true};
  f.recipients = {11};
  f.signature = {14, true};
  f.signer = {14, true};
  f.issuer_rule = true;
  f.subject_rule = true;
  f.left_share = 0.36;
  return f;
}

}  // namespace

const Form& form_of(Issuer issuer) {
  static const Form party = party_form();
  static const Form state = state_form();
  return issuer == Issuer::party ? party : state;
}

}  // namespace sen::reports
