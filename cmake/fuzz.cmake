# Clang 14 fails on C++20 coroutines compiled with UBSan or fuzzing coverage ("Cannot represent a
# difference across sections"): the server (coroutines, fuzzed by no target) is built with
# AddressSanitizer only.
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/http/server.cpp PROPERTIES
  COMPILE_OPTIONS "-fno-sanitize=undefined,fuzzer-no-link")

# The libFuzzer targets fuzz/*_fuzz.cpp (clang), each with its seed corpus fuzz/corpus/<name>/.
# The test run runs each for SEN_FUZZ_SECONDS under the sanitizers; `make fuzz` for longer.
set(SEN_FUZZ_SECONDS 5 CACHE STRING "Seconds each fuzz target runs in the test run")
file(GLOB SEN_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/fuzz/*_fuzz.cpp)
foreach(source ${SEN_FUZZ_SOURCES})
  get_filename_component(target ${source} NAME_WE)
  string(REGEX REPLACE "_fuzz$" "" corpus ${target})
  add_executable(${target} ${source})
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/fuzz)
  target_link_libraries(${target} PRIVATE sen_lib)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  add_test(NAME fuzz-${corpus}
    COMMAND ${CMAKE_SOURCE_DIR}/scripts/fuzz $<TARGET_FILE:${target}> ${CMAKE_SOURCE_DIR}/fuzz/corpus/${corpus}
            ${SEN_FUZZ_SECONDS} ${CMAKE_BINARY_DIR}/fuzz-work/${corpus})
endforeach()
