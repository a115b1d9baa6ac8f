// What the modules offer each other through registries (figure sources for indicators, the kinds a
// task links to), installed once before any request or command.
#pragma once

namespace sen::wiring {

// Idempotent and thread-safe.
void install_modules();

}  // namespace sen::wiring
