; gatehouse:// URL handler for the NSIS installer (included through CPACK_NSIS_EXTRA_*_COMMANDS).
!macro GatehouseRegisterUrlHandler
  WriteRegStr HKCU "Software\Classes\gatehouse" "" "URL:Gatehouse"
  WriteRegStr HKCU "Software\Classes\gatehouse" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\gatehouse\DefaultIcon" "" "$INSTDIR\bin\gatehouse.exe,0"
  WriteRegStr HKCU "Software\Classes\gatehouse\shell\open\command" "" '"$INSTDIR\bin\gatehouse.exe" "%1"'
!macroend
!macro GatehouseUnregisterUrlHandler
  DeleteRegKey HKCU "Software\Classes\gatehouse"
!macroend
