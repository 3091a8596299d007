// pcap writing and tshark PDML decoding for SCCP checks (sccp_tshark.hpp).

#include "tests/support/sccp_tshark.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

namespace cme::test {
namespace sccp = runtime::sccp;
namespace {

constexpr std::uint16_t kPhonePort = 40000;
constexpr std::uint16_t kCmPort = 2000;

void le32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) {
    out.push_back(static_cast<char>(v >> (8 * i)));
  }
}
void be16(std::string& out, std::uint32_t v) {
  out.push_back(static_cast<char>(v >> 8));
  out.push_back(static_cast<char>(v));
}
void be32(std::string& out, std::uint32_t v) {
  be16(out, v >> 16);
  be16(out, v & 0xFFFF);
}

/// Ethernet + IPv4 + TCP (PSH|ACK) around one segment; checksums 0 (tshark does not check).
std::string packet(bool up, std::uint32_t seq, std::uint32_t ack, const sccp::Bytes& data) {
  std::string p;
  p.append(up ? "\x02\0\0\0\0\x01\x02\0\0\0\0\x02" : "\x02\0\0\0\0\x02\x02\0\0\0\0\x01", 12);
  be16(p, 0x0800);
  const std::string phone("\xc0\x00\x02\x0b", 4);
  const std::string cm("\xc0\x00\x02\x01", 4);
  p += '\x45';
  p += '\0';
  be16(p, static_cast<std::uint32_t>(40 + data.size()));
  be16(p, 1);
  be16(p, 0x4000);
  p += '\x40';
  p += '\x06';
  be16(p, 0);
  p += up ? phone + cm : cm + phone;
  be16(p, up ? kPhonePort : kCmPort);
  be16(p, up ? kCmPort : kPhonePort);
  be32(p, seq);
  be32(p, ack);
  p += '\x50';
  p += '\x18';
  be16(p, 65535);
  be32(p, 0);
  p.append(data.begin(), data.end());
  return p;
}

std::string unescape_xml(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  for (const auto& [from, to] : kEntities) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) {
      s.replace(at, std::string(from).size(), to);
    }
  }
  return s;
}

}  // namespace

Result<Unit, std::string> write_sccp_pcap(const std::string& path,
                                          const std::vector<SccpSegment>& segments) {
  std::string file;
  // magic, version 2.4 (two u16), zone, sigfigs, snaplen, link type 1 (Ethernet)
  for (std::uint32_t w : {0xa1b2c3d4u, 0x00040002u, 0u, 0u, 65535u, 1u}) {
    le32(file, w);
  }
  std::uint32_t up_seq = 1;
  std::uint32_t down_seq = 1;
  std::uint32_t second = 1;
  for (const auto& s : segments) {
    const bool up = s.direction == sccp::Direction::Up;
    const std::string p =
        up ? packet(true, up_seq, down_seq, s.bytes) : packet(false, down_seq, up_seq, s.bytes);
    (up ? up_seq : down_seq) += static_cast<std::uint32_t>(s.bytes.size());
    for (std::uint32_t w : {second++, 0u, static_cast<std::uint32_t>(p.size()),
                            static_cast<std::uint32_t>(p.size())}) {
      le32(file, w);
    }
    file += p;
  }
  std::ofstream out(path, std::ios::binary);
  out << file;
  if (!out.flush()) {
    return Err{"cannot write " + path};
  }
  return Unit{};
}

Result<std::vector<TsharkFields>, std::string> tshark_decode(const std::string& pcap,
                                                             std::size_t expected_packets) {
  if (std::system("command -v tshark >/dev/null 2>&1") != 0) {
    return Err{std::string("tshark is not installed (apt-get install tshark, sccp.md §12)")};
  }
  const std::string pdml = pcap + ".pdml";
  const std::string cmd =
      "tshark -n -r '" + pcap + "' -d tcp.port==2000,skinny -T pdml > '" + pdml + "' 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) {
    return Err{"tshark failed: " + cmd};
  }
  std::ifstream in(pdml);
  std::stringstream text;
  text << in.rdbuf();
  const std::string all = text.str();
  std::vector<TsharkFields> packets;
  static const std::regex kField(R"re(<field name="([^"]*)"[^>]*? show="([^"]*)")re");
  for (auto at = all.find("<packet>"); at != std::string::npos; at = all.find("<packet>", at)) {
    const auto end = all.find("</packet>", at);
    const std::string block = all.substr(at, end == std::string::npos ? end : end - at);
    TsharkFields fields;
    for (std::sregex_iterator it(block.begin(), block.end(), kField), stop; it != stop; ++it) {
      fields[(*it)[1]].push_back(unescape_xml((*it)[2]));
    }
    packets.push_back(std::move(fields));
    at = end;
  }
  std::remove(pdml.c_str());
  if (packets.size() != expected_packets) {
    return Err{"tshark decoded " + std::to_string(packets.size()) + " packets, expected " +
               std::to_string(expected_packets)};
  }
  return packets;
}

}  // namespace cme::test
