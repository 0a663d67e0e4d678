# Installation layout and CPack packages (.deb, .rpm, .tar.gz) for Linux; docs/packaging.md explains how to
# build, inspect and install them, and how Windows and macOS packages are made.
include(GNUInstallDirs)

set(GATEHOUSE_APP_ID "io.gatehouse.Gatehouse")
set(_linux "${PROJECT_SOURCE_DIR}/packaging/linux")

# The packaging recipe to configure: the platform's own by default. GATEHOUSE_PACKAGE_OS=windows or macos on Linux
# configures that recipe without building it (tests/packaging/check-desktop-os-recipes.py checks the result).
if(WIN32)
    set(_default_package_os windows)
elseif(APPLE)
    set(_default_package_os macos)
else()
    set(_default_package_os linux)
endif()
set(GATEHOUSE_PACKAGE_OS "${_default_package_os}" CACHE STRING "Packaging recipe: linux, windows or macos")
set_property(CACHE GATEHOUSE_PACKAGE_OS PROPERTY STRINGS linux windows macos)
if(NOT GATEHOUSE_PACKAGE_OS MATCHES "^(linux|windows|macos)$")
    message(FATAL_ERROR "GATEHOUSE_PACKAGE_OS must be linux, windows or macos (got ${GATEHOUSE_PACKAGE_OS})")
endif()
if(NOT GATEHOUSE_PACKAGE_OS STREQUAL "linux")
    include(PackagingDesktopOs)
    return()
endif()

# --- engine service: unit, service user, example settings ----------------------------------------------
install(FILES "${_linux}/gatehouse-engine.service" DESTINATION lib/systemd/system COMPONENT engine)
install(FILES "${_linux}/gatehouse.sysusers" DESTINATION lib/sysusers.d RENAME gatehouse.conf COMPONENT engine)
install(FILES "${_linux}/engine.env" DESTINATION /etc/gatehouse
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT engine)
install(FILES README.md docs/engine.md docs/security.md docs/metadata-rules.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gatehouse COMPONENT engine)

# --- desktop integration: menu entry, URL handler, AppStream, icons ------------------------------------
if(TARGET gatehouse)
    install(FILES "${_linux}/${GATEHOUSE_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${_linux}/${GATEHOUSE_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES docs/desktop.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gatehouse)
    set(_svg "${PROJECT_SOURCE_DIR}/resources/icons/gatehouse.svg")
    install(FILES "${_svg}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${GATEHOUSE_APP_ID}.svg)
    # PNG sizes rendered from the one SVG at build time (librsvg's rsvg-convert).
    find_program(RSVG_CONVERT rsvg-convert)
    if(RSVG_CONVERT)
        set(_pngs)
        foreach(size 16 22 24 32 48 64 128 256 512)
            set(_png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/${GATEHOUSE_APP_ID}.png")
            add_custom_command(OUTPUT "${_png}"
                COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}"
                COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o "${_png}" "${_svg}"
                DEPENDS "${_svg}" VERBATIM)
            list(APPEND _pngs "${_png}")
            install(FILES "${_png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(gatehouse_icons ALL DEPENDS ${_pngs})
    else()
        message(STATUS "rsvg-convert not found: packages get the scalable icon only (apt install librsvg2-bin)")
    endif()
endif()

# --- manual pages: generated from each program's --help and --version by help2man, so they cannot drift ---
find_program(HELP2MAN help2man)
if(HELP2MAN AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug") # not in the sanitizer dev build
    set(_mans)
    set(_name_gatehouse-engine "auth engine: SAML and OIDC single sign-on, SCIM 2.0 server, management API")
    set(_name_gatehouse-cli "validate SAML metadata, check domain-verification records, test SCIM servers")
    set(_name_gatehouse "desktop admin portal for enterprise single sign-on and directory sync")
    foreach(_program gatehouse-engine gatehouse-cli gatehouse)
        if(NOT TARGET ${_program})
            continue()
        endif()
        set(_man "${CMAKE_CURRENT_BINARY_DIR}/man/${_program}.1")
        # The desktop app answers --help without a display on the offscreen platform.
        add_custom_command(OUTPUT "${_man}.gz"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                    ${HELP2MAN} --no-info --section=1 "--name=${_name_${_program}}" --output=${_man}
                    $<TARGET_FILE:${_program}>
            COMMAND gzip -9nf "${_man}"
            DEPENDS ${_program} VERBATIM)
        list(APPEND _mans "${_man}.gz")
        if(_program STREQUAL "gatehouse-engine")
            install(FILES "${_man}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT engine)
        else()
            install(FILES "${_man}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        endif()
    endforeach()
    add_custom_target(gatehouse_manpages ALL DEPENDS ${_mans})
else()
    message(STATUS "No manual pages: help2man not found (apt install help2man) or a Debug build")
endif()

# --- CPack ------------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "gatehouse")
set(CPACK_PACKAGE_VENDOR "The Gatehouse authors")
set(CPACK_PACKAGE_CONTACT "Gatehouse maintainers <maintainers@gatehouse.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Gatehouse: desktop admin portal for enterprise SSO (SAML, OIDC) and SCIM \
directory sync, the self-hostable gatehouse-engine service, and gatehouse-cli (offline SAML metadata validation).")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://gatehouse.invalid/")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Packages are built from a tree configured with CMAKE_INSTALL_PREFIX=/usr (scripts/package); DESTDIR
# installation keeps the one absolute destination (/etc/gatehouse) where it belongs.
set(CPACK_SET_DESTDIR ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_GENERATOR "DEB;RPM;TGZ")

# Debian: shared-library dependencies from dpkg-shlibdeps, plus what Qt loads at run time (plugins are
# invisible to shlibdeps): the SQL drivers, the SVG icon plugin.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, adduser")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client")
configure_file("${_linux}/conffiles.in" "${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles" @ONLY)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${_linux}/postinst;${_linux}/prerm;${_linux}/postrm;${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: dependencies found by rpmbuild from the ELF files, plus the run-time plugins under Fedora's names.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-Unspecified") # the project has not chosen a license yet
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, qt6-qtbase-postgresql")
set(CPACK_RPM_POST_INSTALL_SCRIPT_FILE "${_linux}/rpm-post")
set(CPACK_RPM_PRE_UNINSTALL_SCRIPT_FILE "${_linux}/rpm-preun")
set(CPACK_RPM_USER_FILELIST "%config(noreplace) %attr(0640,root,root) /etc/gatehouse/engine.env")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/lib/systemd /usr/lib/systemd/system /usr/lib/sysusers.d /usr/share/applications /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor /usr/share/man /usr/share/man/man1 /etc /etc/gatehouse)

include(CPack)
