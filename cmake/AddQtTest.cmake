# gatehouse_add_test(NAME <ctest name> SOURCES ... LIBS ... LABELS ... [ENV ...])
# One Qt Test program per class or feature; ctest name e.g. unit.core.Base64.
function(gatehouse_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    string(REPLACE "." "_" exe "test_${T_NAME}")
    add_executable(${exe} ${T_SOURCES})
    target_link_libraries(${exe} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${exe} PRIVATE
        GATEHOUSE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        GATEHOUSE_SHARED_TESTDATA="${PROJECT_SOURCE_DIR}/../shared/testdata")
    gatehouse_set_warnings(${exe})
    gatehouse_enable_sanitizers(${exe})
    add_test(NAME ${T_NAME} COMMAND ${exe})
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}"
        ENVIRONMENT "LANG=C.UTF-8;QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1;${T_ENV}")
endfunction()
