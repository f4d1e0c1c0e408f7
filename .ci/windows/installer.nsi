; The Windows installer: makensis -DVERSION=0.1.0 -DSRCDIR=dist/contact-importer -DICON=app.ico
;   -DOUTFILE=dist/contact-importer-0.1.0-windows-setup.exe .ci/windows/installer.nsi
; Per user, no admin rights: the app goes to %LOCALAPPDATA%\Programs\Contact Importer, a Start-menu
; entry to the user's own Start menu, the uninstall entry to HKCU. /S installs (and uninstalls) silently.
; Uninstalling removes the program and its entries; the person's runs, log and templates
; (%LOCALAPPDATA%\Contact Importer) stay, because the run journal is what stops a row being sent twice.
Target amd64-unicode  ; the app is x64 (and Wine without wine32 runs only 64-bit programs)
!macro NEED NAME
  !ifndef ${NAME}
    !error "makensis needs -DVERSION=, -DSRCDIR=, -DICON= and -DOUTFILE= (${NAME} is missing)"
  !endif
!macroend
!insertmacro NEED VERSION
!insertmacro NEED SRCDIR
!insertmacro NEED ICON
!insertmacro NEED OUTFILE
!ifdef FAST
  SetCompressor zlib  ; CI's smoke test: quick to build, the same installer otherwise
!else
  SetCompressor /SOLID lzma
!endif

!define APP "Contact Importer"
!define EXE "contact-importer.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ContactImporter"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
Icon "${ICON}"
UninstallIcon "${ICON}"
BrandingText "${APP} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

Function .onInit
  SetShellVarContext current  ; the person's own Start menu (Windows picks English or Spanish itself)
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ; An older version's files go first, so nothing stale is left beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRCDIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put there: never a recursive delete of a folder a person may have chosen.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
