// screenshot.h: saves the current OpenGL framebuffer as a PNG (for tests and docs).
#pragma once
#include <string>

namespace limber::desktop {

// Reads the back buffer of the current context (width x height) and writes `path`.
bool save_screenshot(const std::string& path, int width, int height, std::string* error);

}  // namespace limber::desktop
