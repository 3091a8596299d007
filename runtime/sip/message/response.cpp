// make_response and default_reason (response.hpp).

#include "runtime/sip/message/response.hpp"

#include <array>
#include <utility>

#include "common/ascii.hpp"
#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {
namespace {

constexpr std::array<std::pair<unsigned, std::string_view>, 55> kReasons{{
    {100, "Trying"},
    {180, "Ringing"},
    {181, "Call Is Being Forwarded"},
    {182, "Queued"},
    {183, "Session Progress"},
    {200, "OK"},
    {202, "Accepted"},
    {204, "No Notification"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Moved Temporarily"},
    {305, "Use Proxy"},
    {380, "Alternative Service"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Timeout"},
    {410, "Gone"},
    {412, "Conditional Request Failed"},
    {413, "Request Entity Too Large"},
    {414, "Request-URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Unsupported URI Scheme"},
    {420, "Bad Extension"},
    {421, "Extension Required"},
    {422, "Session Interval Too Small"},
    {423, "Interval Too Brief"},
    {480, "Temporarily Unavailable"},
    {481, "Call/Transaction Does Not Exist"},
    {482, "Loop Detected"},
    {483, "Too Many Hops"},
    {484, "Address Incomplete"},
    {485, "Ambiguous"},
    {486, "Busy Here"},
    {487, "Request Terminated"},
    {488, "Not Acceptable Here"},
    {489, "Bad Event"},
    {491, "Request Pending"},
    {493, "Undecipherable"},
    {500, "Server Internal Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Server Time-out"},
    {505, "Version Not Supported"},
    {513, "Message Too Large"},
    {600, "Busy Everywhere"},
    {603, "Decline"},
    {604, "Does Not Exist Anywhere"},
    {606, "Not Acceptable"},
}};

constexpr std::array<std::string_view, 6> kClasses{
    {"Provisional", "Success", "Redirection", "Client Error", "Server Error", "Global Failure"}};

/// True when the To value carries a tag parameter. A value without the letters "tag" anywhere
/// (case-insensitive) has none: the usual To of a request outside a dialog skips the parse.
bool has_tag(std::string_view to) {
  if (!contains_ci(to, "tag")) {
    return false;
  }
  auto parsed = parse_name_addr(to);
  return parsed && param(parsed->params, "tag").has_value();
}

/// Copies the request's `name` headers (`name` canonical: stored names are canonical, but are
/// compared without regard to case, as Message::header does).
void copy_all(const Message& request, Message& response, std::string_view name) {
  for (const Header& h : request.headers) {
    if (equal_ci(h.name, name)) {
      response.headers.push_back(h);
    }
  }
}

}  // namespace

std::string_view default_reason(unsigned status) {
  for (const auto& [code, phrase] : kReasons) {
    if (code == status) {
      return phrase;
    }
  }
  if (status < 100 || status > 699) {
    return {};
  }
  return kClasses[status / 100 - 1];
}

Message make_response(const Message& request, unsigned status, std::string_view reason,
                      std::string_view to_tag) {
  Message response;
  response.request = false;
  response.status = status;
  response.reason = std::string(reason.empty() ? default_reason(status) : reason);
  response.headers.reserve(request.count("Via") + 6);
  copy_all(request, response, "Via");
  copy_all(request, response, "From");
  if (auto to = request.header("To")) {
    std::string value(*to);
    if (!to_tag.empty() && !has_tag(value)) {
      value += ";tag=";
      value += to_tag;
    }
    response.headers.push_back(Header{"To", std::move(value)});
  }
  copy_all(request, response, "Call-ID");
  copy_all(request, response, "CSeq");
  if (status == 100) {
    copy_all(request, response, "Timestamp");
  }
  return response;
}

}  // namespace cme::runtime::sip
