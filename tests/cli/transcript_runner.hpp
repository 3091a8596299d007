#pragma once
// Replays an IOS transcript (tests/transcripts/*.txt) through a real Session, Terminal (line
// editor, pager) and a test Screen, and compares what the user would see with the file.
//
// A transcript is the screen exactly as a user sees it. The runner keeps the screen's current
// (unfinished) line: each transcript line at that point must start with it, and the rest of the
// line is what the user typed there:
//   - plain text, then Enter (implied at the end of the line);
//   - a final "?" asks for help (no Enter): the help follows, then the prompt is drawn again and
//     the next transcript line continues from it;
//   - "<TAB>" presses Tab; the text the completion inserts follows the marker in the transcript
//     (`Router(config)#ho<TAB>stname R1`); a failed completion redraws the line on a new line, so
//     "<TAB>" then ends the transcript line;
//   - "<UP>" / "<DOWN>" recall history; the recalled text follows the marker;
//   - "<SECRET:text>" types text that the screen does not echo (password prompts);
//   - "^Z" / "^C" at the end of a line press Ctrl-Z / Ctrl-C (the screen shows them so);
//   - a line " --More-- <SPACE>" (or <ENTER>, <Q>) checks the pager prompt and presses that key.
// Header lines "### name: value" at the top set up the run: `privilege` (default 1),
// `terminal length` (default 24).

#include <string>

namespace cme::test {

struct TranscriptResult {
  bool ok = true;
  std::string message;  ///< where and how it differed, with the screen as it was
};

/// Runs the transcript text; `name` is used in messages.
TranscriptResult run_transcript(const std::string& name, const std::string& text);

}  // namespace cme::test
