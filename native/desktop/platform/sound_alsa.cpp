// Linux: cue tones through ALSA's "default" device (which PulseAudio and PipeWire also
// serve). libasound is loaded at run time rather than linked: the build needs no audio
// headers, and a machine without ALSA still runs the app, silently.
#include <dlfcn.h>

#include <cstdarg>
#include <cstdint>
#include <string>
#include <vector>

#include "sound.h"

namespace limber::desktop {
namespace {

// The few entry points used, declared from ALSA's stable ABI (alsa/pcm.h, alsa/error.h).
struct snd_pcm_t;
constexpr int kStreamPlayback = 0;       // SND_PCM_STREAM_PLAYBACK
constexpr int kFormatS16LE = 2;          // SND_PCM_FORMAT_S16_LE
constexpr int kAccessRwInterleaved = 3;  // SND_PCM_ACCESS_RW_INTERLEAVED
using ErrorHandler = void (*)(const char*, int, const char*, int, const char*, ...);

struct Alsa {
  void* library = nullptr;
  int (*pcm_open)(snd_pcm_t**, const char*, int, int) = nullptr;
  int (*pcm_set_params)(snd_pcm_t*, int, int, unsigned, unsigned, int, unsigned) = nullptr;
  long (*pcm_writei)(snd_pcm_t*, const void*, unsigned long) = nullptr;
  int (*pcm_recover)(snd_pcm_t*, int, int) = nullptr;
  int (*pcm_drain)(snd_pcm_t*) = nullptr;
  int (*pcm_close)(snd_pcm_t*) = nullptr;
  const char* (*strerror)(int) = nullptr;
  int (*set_error_handler)(ErrorHandler) = nullptr;
};

// ALSA prints its own diagnostics to stderr ("cannot find card 0"...); the app reports in
// Settings instead.
void quiet(const char*, int, const char*, int, const char*, ...) {}

template <typename F>
bool bind(void* library, const char* name, F* out) {
  *out = reinterpret_cast<F>(dlsym(library, name));
  return *out != nullptr;
}

// Loaded once, on the sound thread (the only caller).
const Alsa* alsa(std::string* error) {
  static Alsa a;
  static std::string load_error;
  static bool tried = false;
  if (!tried) {
    tried = true;
    a.library = dlopen("libasound.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!a.library) {
      load_error = "the ALSA sound library (libasound.so.2) is not installed";
    } else if (!bind(a.library, "snd_pcm_open", &a.pcm_open) ||
               !bind(a.library, "snd_pcm_set_params", &a.pcm_set_params) ||
               !bind(a.library, "snd_pcm_writei", &a.pcm_writei) ||
               !bind(a.library, "snd_pcm_recover", &a.pcm_recover) ||
               !bind(a.library, "snd_pcm_drain", &a.pcm_drain) ||
               !bind(a.library, "snd_pcm_close", &a.pcm_close) ||
               !bind(a.library, "snd_strerror", &a.strerror) ||
               !bind(a.library, "snd_lib_error_set_handler", &a.set_error_handler)) {
      load_error = "the ALSA sound library lacks a function Limber needs";
      a.library = nullptr;
    } else {
      a.set_error_handler(quiet);
    }
  }
  if (!a.library) {
    *error = load_error;
    return nullptr;
  }
  return &a;
}

snd_pcm_t* open_device(const Alsa& a, int rate, std::string* error) {
  snd_pcm_t* pcm = nullptr;
  int rc = a.pcm_open(&pcm, "default", kStreamPlayback, 0);
  if (rc < 0) {
    *error = std::string("no sound device was found (") + a.strerror(rc) + ")";
    return nullptr;
  }
  // Let ALSA resample when the device cannot do `rate` itself; 100 ms of buffering.
  rc = a.pcm_set_params(pcm, kFormatS16LE, kAccessRwInterleaved, 1, static_cast<unsigned>(rate), 1,
                        100000);
  if (rc < 0) {
    *error = std::string("the sound device refused the tone's format (") + a.strerror(rc) + ")";
    a.pcm_close(pcm);
    return nullptr;
  }
  return pcm;
}

}  // namespace

bool probe_sound_device(std::string* error) {
  const Alsa* a = alsa(error);
  if (!a) return false;
  snd_pcm_t* pcm = open_device(*a, 48000, error);
  if (!pcm) return false;
  a->pcm_close(pcm);
  return true;
}

bool play_on_sound_device(const std::vector<std::int16_t>& samples, int sample_rate,
                          std::string* error) {
  const Alsa* a = alsa(error);
  if (!a) return false;
  if (samples.empty()) return true;
  snd_pcm_t* pcm = open_device(*a, sample_rate, error);
  if (!pcm) return false;
  const std::int16_t* next = samples.data();
  unsigned long left = samples.size();
  int recoveries = 0;
  while (left > 0) {
    long written = a->pcm_writei(pcm, next, left);
    // An underrun or a suspended device is recovered from, a few times at most.
    if (written < 0 && ++recoveries <= 3)
      written = a->pcm_recover(pcm, static_cast<int>(written), 1);
    if (written < 0) {
      *error =
          std::string("the sound device stopped (") + a->strerror(static_cast<int>(written)) + ")";
      a->pcm_close(pcm);
      return false;
    }
    next += written;
    left -= static_cast<unsigned long>(written);
  }
  a->pcm_drain(pcm);
  a->pcm_close(pcm);
  return true;
}

}  // namespace limber::desktop
