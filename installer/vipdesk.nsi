; VIP Desk — Windows installer (NSIS 3, Unicode, Modern UI 2).
;
; Installs the PyInstaller one-folder bundle (dist\VIPDesk, `make bundle` / installer\vipdesk.spec)
; for all users under Program Files, with a Start-menu shortcut and an optional desktop shortcut.
; Running a newer installer over an older one upgrades in place (same folder, old program files
; replaced). The uninstaller removes the program; the users' databases, backups, settings and
; logs (each user's %LOCALAPPDATA%\VIPDesk) stay unless "remove data" is ticked (or /REMOVEDATA
; is given to a silent uninstall), which removes the folder of the user running the uninstaller.
;
; Build:  makensis -DVERSION=0.1.0 [-DDIST_DIR=path] [-DOUT_FILE=path] installer/vipdesk.nsi
;         (relative paths are from this folder: makensis works in the script's folder)
; CI on Linux compiles it against the Linux bundle with -DPROGEXE=VIPDesk -DNOCOMPRESS to prove it
; builds; the real installer is made on Windows (.github/workflows/windows.yml).

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
CRCCheck on
SetOverwrite on

!ifndef VERSION
  !error "pass the version: makensis -DVERSION=x.y.z installer\vipdesk.nsi"
!endif
!ifndef DIST_DIR
  !define DIST_DIR "../dist/VIPDesk"
!endif
!ifndef PROGEXE
  !define PROGEXE "VIPDesk.exe"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "../dist/VIPDesk-${VERSION}-setup.exe"
!endif
!ifdef NOCOMPRESS
  SetCompress off
!else
  SetCompressor /SOLID /FINAL lzma
!endif

!define PRODUCT "VIP Desk"
!define PUBLISHER "VIP Desk team"
!define DATA_DIR_NAME "VIPDesk" ; vipdesk/paths.py: %LOCALAPPDATA%\VIPDesk
!define REG_APP "Software\VIPDesk"
!define REG_UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\VIPDesk"
!define ICON "../resources/icons/vipdesk.ico"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${REG_APP}" "InstallDir" ; an upgrade finds the installed folder
BrandingText "${PRODUCT} ${VERSION}"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${PROGEXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "../LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_SIMPCHINESE} "VIP Desk 程序（必需）"
LangString SecProgram ${LANG_ENGLISH} "VIP Desk program (required)"
LangString SecStartMenu ${LANG_SIMPCHINESE} "开始菜单快捷方式"
LangString SecStartMenu ${LANG_ENGLISH} "Start menu shortcut"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString Running ${LANG_SIMPCHINESE} "VIP Desk 正在运行。请先关闭所有 VIP Desk 窗口，再点“重试”。"
LangString Running ${LANG_ENGLISH} "VIP Desk is running. Close every VIP Desk window, then click Retry."
LangString DataTitle ${LANG_SIMPCHINESE} "客户数据"
LangString DataTitle ${LANG_ENGLISH} "Customer data"
LangString DataText ${LANG_SIMPCHINESE} "卸载只删除程序。本机数据库、备份、设置和日志默认保留，重新安装后可继续使用。"
LangString DataText ${LANG_ENGLISH} "Uninstalling removes the program only. The databases, backups, settings and logs on this PC are kept by default and are used again after a new install."
LangString DataRemove ${LANG_SIMPCHINESE} "同时删除我的 VIP Desk 数据（$LOCALAPPDATA\${DATA_DIR_NAME}，含数据库和备份，无法恢复）"
LangString DataRemove ${LANG_ENGLISH} "Also remove my VIP Desk data ($LOCALAPPDATA\${DATA_DIR_NAME}, with databases and backups; cannot be undone)"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Copyright (c) 2026 ${PUBLISHER}"

Var RemoveData
Var RemoveDataBox

Function .onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  SetShellVarContext all
FunctionEnd

; The program must not run while its files are replaced: deleting the exe fails while it runs.
Function CloseRunning
  ${DoWhile} ${FileExists} "$INSTDIR\${PROGEXE}"
    ClearErrors
    Delete "$INSTDIR\${PROGEXE}"
    ${IfNot} ${Errors}
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
FunctionEnd

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  Call CloseRunning
  ; upgrade in place: the old version's program files go, user data never lives in here
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST_DIR}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${REG_APP}" "Version" "${VERSION}"
  WriteRegStr HKLM "${REG_UNINST}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${REG_UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${REG_UNINST}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${REG_UNINST}" "DisplayIcon" "$INSTDIR\${PROGEXE}"
  WriteRegStr HKLM "${REG_UNINST}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${REG_UNINST}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${REG_UNINST}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${REG_UNINST}" "NoModify" 1
  WriteRegDWORD HKLM "${REG_UNINST}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${REG_UNINST}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecStartMenu)" SecStartMenu
  SetOutPath "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${PROGEXE}" "" "$INSTDIR\${PROGEXE}" 0
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
  SetOutPath "$INSTDIR"
  CreateShortCut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${PROGEXE}" "" "$INSTDIR\${PROGEXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SecProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecStartMenu} "$(SecStartMenu)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktop)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; ---------------------------------------------------------------- uninstaller

Function un.onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  SetShellVarContext all
  StrCpy $RemoveData 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" ""
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 36u "$(DataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 44u 100% 24u "$(DataRemove)"
  Pop $RemoveDataBox
  ${NSD_SetState} $RemoveDataBox ${BST_UNCHECKED}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${PROGEXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only if empty: nothing else of anyone's is removed
  DeleteRegKey HKLM "${REG_UNINST}"
  DeleteRegKey HKLM "${REG_APP}"
  ${If} $RemoveData == 1
    SetShellVarContext current
    RMDir /r "$LOCALAPPDATA\${DATA_DIR_NAME}"
    SetShellVarContext all
  ${EndIf}
SectionEnd
