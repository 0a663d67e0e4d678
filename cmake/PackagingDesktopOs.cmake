# Windows (NSIS installer) and macOS (DragNDrop DMG) packages. These cannot be built on the Linux machines
# this project's CI runs on; .github/workflows/packages.yml builds them on hosted Windows and macOS runners
# with a Qt 6 LTS. See docs/packaging.md for signing and notarization. On Linux, -DGATEHOUSE_PACKAGE_OS=windows or
# macos configures the recipe (never builds it) so that tests/packaging/check-desktop-os-recipes.py can check it.
set(CPACK_PACKAGE_NAME "Gatehouse")
set(CPACK_PACKAGE_VENDOR "The Gatehouse authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Gatehouse")

# Qt's deployment tools copy the Qt libraries, plugins (SQL drivers, TLS backend, image formats, platform)
# and QtWebEngine's process and resources next to the executables at install time.
find_program(GATEHOUSE_DEPLOYQT NAMES windeployqt macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")

set(GATEHOUSE_MACOS_EXECUTABLE "Gatehouse") # the app's executable inside Gatehouse.app/Contents/MacOS

if(GATEHOUSE_PACKAGE_OS STREQUAL "windows")
    if(TARGET gatehouse)
        set_target_properties(gatehouse PROPERTIES WIN32_EXECUTABLE TRUE)
        target_sources(gatehouse PRIVATE "${PROJECT_SOURCE_DIR}/packaging/windows/gatehouse.rc")
    endif()
    set(CPACK_GENERATOR "NSIS;ZIP")
    install(CODE "
        execute_process(COMMAND \"${GATEHOUSE_DEPLOYQT}\" --release --no-translations --compiler-runtime
            \"\${CMAKE_INSTALL_PREFIX}/bin/gatehouse.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/gatehouse-engine.exe\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/gatehouse-cli.exe\" COMMAND_ERROR_IS_FATAL ANY)")
    # OpenSSL 3 DLLs (the TLS backend and xmlsec need them): from the OpenSSL the build found.
    get_filename_component(_ssl_bin "${OPENSSL_INCLUDE_DIR}/../bin" ABSOLUTE)
    install(DIRECTORY "${_ssl_bin}/" DESTINATION bin FILES_MATCHING PATTERN "libcrypto-3*.dll" PATTERN "libssl-3*.dll")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/gatehouse.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\gatehouse.exe")
    set(CPACK_NSIS_DISPLAY_NAME "Gatehouse")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_PACKAGE_EXECUTABLES "gatehouse" "Gatehouse")
    set(CPACK_NSIS_MENU_LINKS "bin/gatehouse.exe" "Gatehouse")
    set(CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS "!include \\\"${PROJECT_SOURCE_DIR}/packaging/windows/url-handler.nsh\\\"")
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!insertmacro GatehouseRegisterUrlHandler")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!insertmacro GatehouseUnregisterUrlHandler")
elseif(GATEHOUSE_PACKAGE_OS STREQUAL "macos")
    # What CMake writes into the bundle's Info.plist (MACOSX_BUNDLE_* variables), also rendered into the build
    # tree for the recipe check.
    set(MACOSX_BUNDLE_EXECUTABLE_NAME "${GATEHOUSE_MACOS_EXECUTABLE}")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
                   "${PROJECT_BINARY_DIR}/packaging-check/Info.plist")
    if(TARGET gatehouse)
        set_target_properties(gatehouse PROPERTIES MACOSX_BUNDLE TRUE OUTPUT_NAME "${GATEHOUSE_MACOS_EXECUTABLE}"
            MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in")
        # The workflow renders gatehouse.icns from the SVG (iconutil is macOS-only).
        if(EXISTS "${PROJECT_BINARY_DIR}/gatehouse.icns")
            target_sources(gatehouse PRIVATE "${PROJECT_BINARY_DIR}/gatehouse.icns")
            set_source_files_properties("${PROJECT_BINARY_DIR}/gatehouse.icns"
                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        endif()
        install(TARGETS gatehouse-engine gatehouse-cli RUNTIME DESTINATION Gatehouse.app/Contents/MacOS)
    endif()
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Gatehouse")
    set(CPACK_DMG_FORMAT "UDZO")
    # app/desktop builds gatehouse as a MACOSX_BUNDLE with packaging/macos/Info.plist.in; the engine and the CLI
    # go inside the bundle (Contents/MacOS) so the app finds the engine next to itself.
    install(CODE "
        execute_process(COMMAND \"${GATEHOUSE_DEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Gatehouse.app\" -always-overwrite
            -codesign=-
            -executable=\"\${CMAKE_INSTALL_PREFIX}/Gatehouse.app/Contents/MacOS/gatehouse-engine\"
            -executable=\"\${CMAKE_INSTALL_PREFIX}/Gatehouse.app/Contents/MacOS/gatehouse-cli\"
            COMMAND_ERROR_IS_FATAL ANY)")
endif()

include(CPack)
