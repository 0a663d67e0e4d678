# gatehouse_set_warnings(<target>): the house warning set, -Werror when GATEHOUSE_WERROR is on.
function(gatehouse_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2)
    if(GATEHOUSE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
