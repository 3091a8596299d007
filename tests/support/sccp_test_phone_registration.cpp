// SccpTestPhone::register_as: the registration sequences of the 7941 and the 7960
// (sccp.md §5.1; sccp_test_phone.hpp).

#include <algorithm>

#include "tests/support/sccp_samples.hpp"
#include "tests/support/sccp_test_phone.hpp"

namespace cme::test {
namespace sccp = runtime::sccp;
namespace {

struct ModelTraits {
  std::uint32_t device_type;
  std::uint8_t protocol_version;
};

ModelTraits traits_of(SccpModel model) {
  return model == SccpModel::Phone7941 ? ModelTraits{115, 17} : ModelTraits{7, 11};
}

sccp::LineStatV2 as_line(const sccp::Message& m) {
  if (const auto* v2 = std::get_if<sccp::LineStatV2>(&m)) {
    return *v2;
  }
  const auto& line = std::get<sccp::LineStat>(m);
  return {line.line_number, line.display_options, line.dir_number, line.fully_qualified_name,
          line.text_label};
}

}  // namespace

Result<Unit, SccpTestPhone::Error> SccpTestPhone::registration_start(SccpModel model,
                                                                     const std::string& mac,
                                                                     Timeout timeout) {
  const ModelTraits t = traits_of(model);
  version_ = 0;
  sccp::Message answer;
  auto sent =
      exchange(sccp_sample_register(mac, t.device_type, t.protocol_version),
               {sccp::MessageId::RegisterAck, sccp::MessageId::RegisterReject}, timeout, &answer);
  if (!sent.ok()) {
    return sent;
  }
  if (const auto* reject = std::get_if<sccp::RegisterReject>(&answer)) {
    return Err{"RegisterReject: " + reject->text};
  }
  const auto& ack = std::get<sccp::RegisterAck>(answer);
  version_ = std::min<std::uint32_t>(t.protocol_version, ack.max_protocol_version);
  keepalive_interval_ = ack.keepalive_interval;
  if (model == SccpModel::Phone7960) {
    auto port = send(sccp::IpPort{20000});
    if (!port.ok()) {
      return port;
    }
  }
  auto request = expect(sccp::MessageId::CapabilitiesReq, timeout);
  if (!request.ok()) {
    return Err{request.error()};
  }
  return send(sccp_sample_capabilities());
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::registration_templates(Timeout timeout) {
  sccp::Message answer;
  auto step =
      exchange(sccp::ButtonTemplateReq{}, {sccp::MessageId::ButtonTemplate}, timeout, &answer);
  if (!step.ok()) {
    return step;
  }
  buttons_ = std::get<sccp::ButtonTemplate>(answer);
  step =
      exchange(sccp::SoftKeyTemplateReq{}, {sccp::MessageId::SoftKeyTemplateRes}, timeout, &answer);
  if (!step.ok()) {
    return step;
  }
  soft_keys_ = std::get<sccp::SoftKeyTemplateRes>(answer);
  step = exchange(sccp::SoftKeySetReq{}, {sccp::MessageId::SoftKeySetRes}, timeout, &answer);
  if (!step.ok()) {
    return step;
  }
  sets_ = std::get<sccp::SoftKeySetRes>(answer);
  return Unit{};
}

/// Per button of the template: LineStatReq (+ ForwardStatReq on the 7960), SpeedDialStatReq,
/// FeatureStatReq for BLF buttons (7941; the 7960 at protocol 11 has none).
Result<Unit, SccpTestPhone::Error> SccpTestPhone::registration_buttons(SccpModel model,
                                                                       Timeout timeout) {
  const std::size_t count =
      std::min<std::size_t>(buttons_->button_count, sccp::ButtonTemplate::kSlots);
  for (std::size_t i = 0; i < count; ++i) {
    const auto [instance, type] = buttons_->buttons[i];
    sccp::Message answer;
    Result<Unit, Error> step = Unit{};
    if (type == 0x09) {
      step = exchange(sccp::LineStatReq{instance},
                      {sccp::MessageId::LineStat, sccp::MessageId::LineStatV2}, timeout, &answer);
      if (step.ok()) {
        lines_[instance] = as_line(answer);
      }
      if (step.ok() && model == SccpModel::Phone7960) {
        step = exchange(sccp::ForwardStatReq{instance}, {sccp::MessageId::ForwardStat}, timeout);
      }
    } else if (type == 0x02) {
      step = exchange(sccp::SpeedDialStatReq{instance}, {sccp::MessageId::SpeedDialStat}, timeout,
                      &answer);
      if (step.ok()) {
        speed_dials_[instance] = std::get<sccp::SpeedDialStat>(answer);
      }
    } else if (type == 0x15 && model == SccpModel::Phone7941) {
      step = exchange(sccp::FeatureStatReq{instance, 1},
                      {sccp::MessageId::FeatureStat, sccp::MessageId::FeatureStatV2}, timeout);
    }
    if (!step.ok()) {
      return step;
    }
  }
  return Unit{};
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::register_as(SccpModel model,
                                                              const std::string& mac,
                                                              Timeout step_timeout) {
  auto step = registration_start(model, mac, step_timeout);
  if (step.ok()) {
    step = registration_templates(step_timeout);
  }
  if (step.ok()) {
    step = registration_buttons(model, step_timeout);
  }
  if (step.ok() && model == SccpModel::Phone7941) {
    step = send(sccp::RegisterAvailableLines{static_cast<std::uint32_t>(lines_.size())});
  }
  if (step.ok()) {
    step = exchange(sccp::TimeDateReq{}, {sccp::MessageId::DefineTimeDate}, step_timeout);
  }
  return step;
}

}  // namespace cme::test
