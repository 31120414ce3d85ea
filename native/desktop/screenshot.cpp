#include "screenshot.h"

#include <vector>

#include <GL/gl.h>
#include <stb_image_write.h>

namespace limber::desktop {

bool save_screenshot(const std::string& path, int width, int height, std::string* error) {
  if (width <= 0 || height <= 0) {
    *error = "the window has no size";
    return false;
  }
  // RGB: a window has no transparency, and a stray alpha value would show as holes.
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's rows start at the bottom; PNG rows start at the top.
  const int stride = width * 3;
  stbi_flip_vertically_on_write(1);
  if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), stride)) {
    *error = path + ": cannot be written";
    return false;
  }
  return true;
}

}  // namespace limber::desktop
