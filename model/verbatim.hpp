#pragma once
// General IOS configuration that OpenCME does not model (interfaces, routing, banners, ...):
// kept as typed, with its sub-lines, in order, and rendered back so nothing is lost (issue 2,
// "show running-config framework").

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/section.hpp"

namespace cme::model {

struct VerbatimBlock {
  std::string head;                 ///< the first line, e.g. "interface GigabitEthernet0/0"
  std::vector<std::string> lines;   ///< sub-lines without their leading indentation
  bool raw = false;                 ///< banner text: `lines` are printed exactly, not indented
  Section anchor = Section::Start;  ///< rendered after this section
  bool operator==(const VerbatimBlock&) const = default;
};

/// The verbatim blocks in input order, indexed by head so that finding a block is O(1) however
/// many a pasted configuration holds (`ip route` lines, interfaces). The index is derived data:
/// equality compares the blocks only.
class VerbatimList {
 public:
  void push_back(VerbatimBlock block) {
    index_[block.head] = blocks_.size();
    blocks_.push_back(std::move(block));
  }
  /// The block whose head is exactly `head`, or nullptr.
  VerbatimBlock* find(std::string_view head) {
    const auto it = index_.find(std::string(head));
    return it == index_.end() ? nullptr : &blocks_[it->second];
  }
  /// Removes the blocks `pred` selects.
  template <class Pred>
  void erase_if(Pred pred) {
    std::erase_if(blocks_, pred);
    index_.clear();
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      index_[blocks_[i].head] = i;
    }
  }
  bool empty() const { return blocks_.empty(); }
  std::size_t size() const { return blocks_.size(); }
  const VerbatimBlock& operator[](std::size_t i) const { return blocks_[i]; }
  auto begin() const { return blocks_.begin(); }
  auto end() const { return blocks_.end(); }
  bool operator==(const VerbatimList& other) const { return blocks_ == other.blocks_; }

 private:
  std::vector<VerbatimBlock> blocks_;
  std::unordered_map<std::string, std::size_t> index_;  ///< head -> position in blocks_
};

}  // namespace cme::model
