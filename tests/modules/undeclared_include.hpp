// A header of module units that includes a module units does not declare: the boundary check must
// refuse it (CTest module-boundaries).
#pragma once
#include "targets/model.hpp"
#include "units/model.hpp"
