; gatehouse:// URL handler for the NSIS installer (included through CPACK_NSIS_EXTRA_*_COMMANDS). SHCTX is the
; registry root of the install mode CPack's template selected (HKLM for all users, HKCU for the current user), so
; the handler is registered for the same users as the program, and the uninstaller removes it from there.
!macro GatehouseRegisterUrlHandler
  WriteRegStr SHCTX "Software\Classes\gatehouse" "" "URL:Gatehouse"
  WriteRegStr SHCTX "Software\Classes\gatehouse" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\gatehouse\DefaultIcon" "" "$INSTDIR\bin\gatehouse.exe,0"
  WriteRegStr SHCTX "Software\Classes\gatehouse\shell\open\command" "" '"$INSTDIR\bin\gatehouse.exe" "%1"'
!macroend
!macro GatehouseUnregisterUrlHandler
  DeleteRegKey SHCTX "Software\Classes\gatehouse"
!macroend
