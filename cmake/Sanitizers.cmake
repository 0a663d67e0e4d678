# gatehouse_enable_sanitizers(<target>): ASan + UBSan on a target when GATEHOUSE_SANITIZE is on.
function(gatehouse_enable_sanitizers target)
    if(GATEHOUSE_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
