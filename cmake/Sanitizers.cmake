# gatehouse_enable_sanitizers(<target>): ASan + UBSan on a target when GATEHOUSE_SANITIZE is on. For static
# libraries the link option is passed on to whatever links them, so an executable that links a sanitized
# library always gets the sanitizer runtime.
function(gatehouse_enable_sanitizers target)
    if(GATEHOUSE_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "STATIC_LIBRARY")
            target_link_options(${target} INTERFACE -fsanitize=address,undefined)
        else()
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        endif()
    endif()
endfunction()
