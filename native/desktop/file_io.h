// file_io.h: the files a person picks in Settings: a backup written out (export) and one
// read back in (import). Writes are atomic: a temporary file in the same folder, flushed to
// disk, then renamed over the target, so a crash never leaves half a backup.
//
//   std::string error;
//   if (!write_file_atomically(home_dir() + "/limber-journal.json", text, &error)) show(error);
//   std::string text;
//   if (!read_text_file(path, kMaxImportBytes, &text, &error)) show(error);
#pragma once
#include <cstddef>
#include <string>

namespace limber::desktop {

// Larger files are refused before reading (the core's own request limit is 64 MB).
constexpr std::size_t kMaxImportBytes = 32u * 1024 * 1024;

bool write_file_atomically(const std::string& path, const std::string& text, std::string* error);
bool read_text_file(const std::string& path, std::size_t max_bytes, std::string* text,
                    std::string* error);

// The person's home folder ("" when unknown): where exports go unless they choose.
std::string home_dir();
// "~/x" -> "$HOME/x"; surrounding spaces dropped (paths are typed by hand).
std::string expand_path(const std::string& typed);

}  // namespace limber::desktop
