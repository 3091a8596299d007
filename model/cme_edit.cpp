#include "model/cme_edit.hpp"

#include <algorithm>

namespace cme::model {

namespace {

/// Clears `member` of every object in `objects` that names `tag`.
template <class Obj>
void clear_refs(std::map<unsigned, Obj>& objects, std::optional<unsigned> Obj::*member,
                unsigned tag) {
  for (auto& [_, o] : objects) {
    if (o.*member == tag) {
      (o.*member).reset();
    }
  }
}

}  // namespace

void remove_ephone_dn(CmeConfig& c, unsigned tag) {
  c.ephone_dns.erase(tag);
  for (auto& [_, e] : c.ephones) {
    for (auto& b : e.button) {
      if (b.separator != 'x') {
        std::erase(b.dns, tag);
      }
    }
    std::erase_if(e.button, [](const Button& b) { return b.dns.empty(); });
  }
}

void remove_voice_register_dn(CmeConfig& c, unsigned tag) {
  c.voice_register_dns.erase(tag);
  for (auto& [_, p] : c.voice_register_pools) {
    std::erase_if(p.number, [tag](const PoolNumber& n) { return n.dn == tag; });
  }
}

void remove_logout_profile(CmeConfig& c, unsigned tag) {
  c.logout_profiles.erase(tag);
  clear_refs(c.ephones, &Ephone::logout_profile, tag);
  clear_refs(c.voice_register_pools, &VoiceRegisterPool::logout_profile, tag);
}

void remove_ephone_template(CmeConfig& c, unsigned tag) {
  c.ephone_templates.erase(tag);
  clear_refs(c.ephones, &Ephone::ephone_template, tag);
}

void remove_ephone_dn_template(CmeConfig& c, unsigned tag) {
  c.ephone_dn_templates.erase(tag);
  clear_refs(c.ephone_dns, &EphoneDn::ephone_dn_template, tag);
}

void remove_voice_register_template(CmeConfig& c, unsigned tag) {
  c.voice_register_templates.erase(tag);
  clear_refs(c.voice_register_pools, &VoiceRegisterPool::template_tag, tag);
}

}  // namespace cme::model
