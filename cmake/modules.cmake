# Each folder of src/ is a module: a library that may include its own headers and those of the
# modules it declares here, nothing else. A module may depend only on modules declared above it,
# so the graph has no cycle. The build checks every include (cmake/check_includes.cmake) before it
# compiles the module: an undeclared include fails the build. docs/architecture.md draws the layers.

# What every module compiles with: the include root, definitions and the packaged libraries.
add_library(sen_build INTERFACE)
target_include_directories(sen_build INTERFACE ${CMAKE_SOURCE_DIR}/src)
target_compile_definitions(sen_build INTERFACE
  SEN_VERSION="${PROJECT_VERSION}"
  BOOST_ASIO_NO_DEPRECATED
  SPDLOG_FMT_EXTERNAL)
target_link_libraries(sen_build INTERFACE
  Boost::json Boost::url spdlog::spdlog fmt::fmt SQLite::SQLite3 PostgreSQL::PostgreSQL Threads::Threads
  PkgConfig::SODIUM PkgConfig::ARGON2 PkgConfig::LIBZIP PkgConfig::XLSXWRITER PkgConfig::PANGOCAIRO PkgConfig::ICU
  ${POPPLER_LINK_LIBRARIES})

set(SEN_MODULES "")

# sen_module(NAME [DEPENDS module…] [EXTRA_SOURCES file…]): the library sen_NAME from src/NAME/.
function(sen_module name)
  cmake_parse_arguments(M "" "" "DEPENDS;EXTRA_SOURCES" ${ARGN})
  foreach(dep IN LISTS M_DEPENDS)
    if(NOT TARGET sen_${dep})
      message(FATAL_ERROR "module ${name} depends on ${dep}, which is not declared above it in cmake/modules.cmake")
    endif()
  endforeach()
  set(dir ${CMAKE_SOURCE_DIR}/src/${name})
  file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp)
  file(GLOB headers CONFIGURE_DEPENDS ${dir}/*.hpp)
  file(GLOB tests CONFIGURE_DEPENDS ${dir}/*_test.cpp)
  list(FILTER sources EXCLUDE REGEX "_test\\.cpp$")
  # Tests and the fixtures they share (*_test.hpp) may also include testing/.
  list(FILTER headers EXCLUDE REGEX "_test\\.hpp$")
  list(TRANSFORM M_DEPENDS PREPEND sen_ OUTPUT_VARIABLE dep_targets)
  if(sources OR M_EXTRA_SOURCES)
    add_library(sen_${name} STATIC ${sources} ${M_EXTRA_SOURCES})
    target_link_libraries(sen_${name} PUBLIC sen_build ${dep_targets})
  else()
    add_library(sen_${name} INTERFACE)
    target_link_libraries(sen_${name} INTERFACE sen_build ${dep_targets})
  endif()

  set(checked ${sources} ${headers})
  set(allowed ${name} ${M_DEPENDS})
  set(stamp ${CMAKE_BINARY_DIR}/module-boundaries/${name}.checked)
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DMODULE=${name} "-DALLOWED=${allowed}" "-DFILES=${checked}" -DSTAMP=${stamp}
            -P ${CMAKE_SOURCE_DIR}/cmake/check_includes.cmake
    DEPENDS ${checked} ${CMAKE_SOURCE_DIR}/cmake/check_includes.cmake
    COMMENT "Checking the includes of module ${name}"
    VERBATIM)
  add_custom_target(sen_${name}_boundaries DEPENDS ${stamp})
  add_dependencies(sen_${name} sen_${name}_boundaries)
  set(SEN_MODULES ${SEN_MODULES} ${name} PARENT_SCOPE)
endfunction()

# The foundation: no module of Sen.
sen_module(base EXTRA_SOURCES ${SEN_EMBEDDED_CPP})
sen_module(db DEPENDS base)
sen_module(http DEPENDS base)
sen_module(access DEPENDS base)
# The framework every module builds on: request context, route table, one transaction per
# request; it reaches users, units and the audit trail only through app::Gate.
sen_module(app DEPENDS access base db http)
# The domain modules, each above what it uses.
sen_module(units DEPENDS access app base db)
sen_module(auth DEPENDS access app base db http units)
sen_module(audit DEPENDS access app auth base db)
sen_module(calendar DEPENDS access app base db)
sen_module(targets DEPENDS access app auth base calendar db units)
sen_module(tasks DEPENDS access app base db units)
sen_module(projects DEPENDS access app auth base db targets tasks units)
sen_module(oversight DEPENDS access app base db targets units)
sen_module(petitions DEPENDS access app auth base calendar db http units)
sen_module(extraction DEPENDS access app auth base db targets units)
sen_module(opendata DEPENDS access app base db targets units)
sen_module(open311 DEPENDS access app auth base http petitions)
sen_module(files DEPENDS access app base db extraction)
sen_module(search DEPENDS access app base db)
sen_module(reports DEPENDS access app base calendar db oversight petitions projects targets tasks units)
# The wiring above every module: the route table of all, the gate, the registries.
sen_module(wiring DEPENDS access app audit auth calendar db extraction files open311 opendata oversight petitions
                          projects reports search targets tasks units)
sen_module(demo DEPENDS audit base db extraction opendata oversight petitions projects targets tasks units)
sen_module(testing DEPENDS audit db wiring)
sen_module(cli DEPENDS app audit auth base calendar db demo extraction files http oversight projects reports search
                       targets tasks units wiring)
target_link_libraries(sen_cli PUBLIC CLI11::CLI11)

# Everything the binary, the tests, the benchmarks and the fuzz targets link.
add_library(sen_lib INTERFACE)
list(TRANSFORM SEN_MODULES PREPEND sen_ OUTPUT_VARIABLE SEN_MODULE_TARGETS)
target_link_libraries(sen_lib INTERFACE ${SEN_MODULE_TARGETS})
