#!/usr/bin/env python3
"""Checks the Windows and macOS packaging recipes on Linux, where they cannot be built (issue 12).

For each of windows and macos the whole project is configured with -DGATEHOUSE_PACKAGE_OS=<os> (the recipe in
cmake/PackagingDesktopOs.cmake runs; nothing is built) and the generated CPack configuration is checked: the
generators, the installer settings, and that every file the recipe names exists. Then:
  - windows: the gatehouse:// URL-handler macros (packaging/windows/url-handler.nsh) are compiled by makensis in a
    small installer script (register in a section, unregister in the uninstaller), and the .rc names an icon that
    exists and is a real .ico;
  - macos: the Info.plist CMake renders from packaging/macos/Info.plist.in parses as a property list, its
    CFBundleExecutable is the bundle's executable name, it registers the gatehouse URL scheme, and the
    entitlements file parses and holds only the expected hardened-runtime keys;
  - the hosted-CI workflow (.github/workflows/packages.yml) parses and every script it runs exists.
Usage: check-desktop-os-recipes.py <source dir> [<scratch dir>]"""

import os
import plistlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

PROBLEMS = []


def problem(text):
    PROBLEMS.append(text)
    print("PROBLEM: " + text)


def cpack_vars(build):
    text = open(os.path.join(build, "CPackConfig.cmake"), encoding="utf-8").read()
    return {m.group(1): m.group(2) for m in re.finditer(r'^set\((CPACK_[A-Z0-9_]+) "(.*)"\)$', text, re.M)}


def configure(source, build, package_os):
    args = ["cmake", "-S", source, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
            f"-DGATEHOUSE_PACKAGE_OS={package_os}", "-DGATEHOUSE_BUILD_TESTS=OFF", "-DGATEHOUSE_BUILD_BENCH=OFF",
            "-DGATEHOUSE_PCH=OFF"]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        problem(f"configuring the {package_os} recipe failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
        return None
    return cpack_vars(build)


def check_windows(source, build, scratch):
    v = configure(source, build, "windows")
    if v is None:
        return
    if v.get("CPACK_GENERATOR") != "NSIS;ZIP":
        problem(f"windows: CPACK_GENERATOR is {v.get('CPACK_GENERATOR')!r}, expected 'NSIS;ZIP'")
    icon = v.get("CPACK_NSIS_MUI_ICON", "")
    if not os.path.isfile(icon):
        problem(f"windows: the installer icon {icon!r} does not exist")
    elif open(icon, "rb").read(4) != b"\x00\x00\x01\x00":
        problem(f"windows: {icon} is not an .ico file")
    for key in ("CPACK_NSIS_MENU_LINKS", "CPACK_PACKAGE_EXECUTABLES"):
        if "gatehouse" not in v.get(key, ""):
            problem(f"windows: {key} does not name the gatehouse executable ({v.get(key)!r})")
    pre = v.get("CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS", "")
    include = re.search(r'!include \\"(.+?)\\"', pre)
    if not include or not os.path.isfile(include.group(1)):
        problem(f"windows: the pre-install commands do not include an existing file ({pre!r})")
        return
    for key, macro in (("CPACK_NSIS_EXTRA_INSTALL_COMMANDS", "GatehouseRegisterUrlHandler"),
                       ("CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS", "GatehouseUnregisterUrlHandler")):
        if macro not in v.get(key, ""):
            problem(f"windows: {key} does not insert {macro}")
    rc = open(os.path.join(source, "packaging/windows/gatehouse.rc"), encoding="utf-8").read()
    ico = re.search(r'ICON\s+"([^"]+)"', rc)
    if not ico or not os.path.isfile(os.path.join(source, "packaging/windows", ico.group(1))):
        problem("windows: gatehouse.rc does not name an existing icon")
    makensis = shutil.which("makensis")
    if not makensis:
        if os.environ.get("GATEHOUSE_REQUIRE_PACKAGING_TOOLS"):
            problem("windows: makensis (apt nsis) is missing")
        else:
            print("note: makensis not installed (apt install nsis): the NSIS macros were not compiled")
        return
    script = os.path.join(scratch, "urlhandler.nsi")
    with open(script, "w", encoding="utf-8") as f:
        f.write(f'Unicode true\nName "Gatehouse URL handler check"\nOutFile "{scratch}/check.exe"\n'
                f'RequestExecutionLevel user\nInstallDir "$LOCALAPPDATA\\\\GatehouseCheck"\n'
                f'!include "{include.group(1)}"\n'
                'Section "install"\n  SetShellVarContext current\n  !insertmacro GatehouseRegisterUrlHandler\n'
                '  WriteUninstaller "$INSTDIR\\\\uninstall.exe"\nSectionEnd\n'
                'Section "Uninstall"\n  SetShellVarContext current\n  !insertmacro GatehouseUnregisterUrlHandler\n'
                'SectionEnd\n')
    run = subprocess.run([makensis, "-V2", "-WX", script], capture_output=True, text=True)
    if run.returncode != 0 or not os.path.isfile(os.path.join(scratch, "check.exe")):
        problem(f"windows: makensis refused the URL-handler macros:\n{run.stdout[-2000:]}{run.stderr[-2000:]}")
    else:
        print("windows: URL-handler macros compiled by makensis (warnings are errors)")


def check_macos(source, build):
    v = configure(source, build, "macos")
    if v is None:
        return
    if v.get("CPACK_GENERATOR") != "DragNDrop":
        problem(f"macos: CPACK_GENERATOR is {v.get('CPACK_GENERATOR')!r}, expected 'DragNDrop'")
    if v.get("CPACK_DMG_VOLUME_NAME") != "Gatehouse":
        problem("macos: the DMG volume is not named Gatehouse")
    rendered = os.path.join(build, "packaging-check", "Info.plist")
    try:
        with open(rendered, "rb") as f:
            info = plistlib.load(f)
    except Exception as e:  # noqa: BLE001 - any parse failure is the finding
        problem(f"macos: the rendered Info.plist does not parse: {e}")
        return
    cache = open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8").read()
    version = re.search(r"^CMAKE_PROJECT_VERSION:STATIC=(.+)$", cache, re.M)
    expected = {"CFBundleExecutable": "Gatehouse", "CFBundleIdentifier": "io.gatehouse.Gatehouse",
                "CFBundlePackageType": "APPL"}
    for key, value in expected.items():
        if info.get(key) != value:
            problem(f"macos: Info.plist {key} is {info.get(key)!r}, expected {value!r}")
    if version and info.get("CFBundleShortVersionString") != version.group(1):
        problem(f"macos: Info.plist version {info.get('CFBundleShortVersionString')!r} is not {version.group(1)}")
    schemes = [s for t in info.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
    if "gatehouse" not in schemes:
        problem("macos: Info.plist does not register the gatehouse URL scheme")
    recipe = open(os.path.join(source, "cmake/PackagingDesktopOs.cmake"), encoding="utf-8").read()
    if 'set(GATEHOUSE_MACOS_EXECUTABLE "Gatehouse")' not in recipe:
        problem("macos: the recipe's executable name is not the one Info.plist was checked against")
    with open(os.path.join(source, "packaging/macos/entitlements.plist"), "rb") as f:
        entitlements = plistlib.load(f)
    allowed = {"com.apple.security.cs.allow-jit", "com.apple.security.cs.allow-unsigned-executable-memory",
               "com.apple.security.network.client", "com.apple.security.network.server"}
    if set(entitlements) - allowed:
        problem(f"macos: unexpected entitlements {sorted(set(entitlements) - allowed)}")
    if not all(value is True for value in entitlements.values()):
        problem("macos: an entitlement is not a plain true")


def check_workflow(source):
    path = os.path.join(source, ".github/workflows/packages.yml")
    workflow = yaml.safe_load(open(path, encoding="utf-8"))
    jobs = workflow.get("jobs", {})
    for name in ("linux", "windows", "macos"):
        if name not in jobs:
            problem(f"workflow: no {name} job")
    for job in jobs.values():
        for step in job.get("steps", []):
            for script in re.findall(r"(?:^|\s)(scripts/[A-Za-z0-9_.-]+)", step.get("run", "") or ""):
                if not os.path.isfile(os.path.join(source, script)):
                    problem(f"workflow: {script} does not exist")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    source = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(dir=sys.argv[2] if len(sys.argv) == 3 else None) as scratch:
        check_windows(source, os.path.join(scratch, "windows"), scratch)
        check_macos(source, os.path.join(scratch, "macos"))
    check_workflow(source)
    print(f"{len(PROBLEMS)} problem(s)")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
