# Fails when a file of module MODULE includes a header of a module it does not declare.
# -DMODULE=name -DALLOWED="a;b;…" (its own name and its declared modules) -DFILES="f1;f2;…"
# -DSTAMP=file (touched when every include is allowed).
cmake_minimum_required(VERSION 3.25)
set(problems "")
foreach(file IN LISTS FILES)
  file(STRINGS "${file}" includes REGEX "^#include \"[a-z0-9_]+/")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^#include \"([a-z0-9_]+)/.*$" "\\1" folder "${line}")
    if(NOT folder IN_LIST ALLOWED)
      string(REGEX REPLACE "^#include " "" header "${line}")
      string(APPEND problems "\n  ${file}: includes ${header}, but module ${MODULE} does not declare ${folder}")
    endif()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Module boundaries (cmake/modules.cmake):${problems}\n"
                      "Declare the dependency in cmake/modules.cmake if it belongs there; a module may depend "
                      "only on modules declared above it.")
endif()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
