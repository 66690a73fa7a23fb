; Inno Setup 6 script for Renkei Desktop (広域連携デスク).
; Built by packaging/build.py on Windows when ISCC.exe is found; by hand:
;   ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 /DSourceDir=dist\renkei-desktop /DOutputDir=dist packaging\installer\renkei_desktop.iss
; Per-user install without admin rights by default (%LOCALAPPDATA%\Programs\RenkeiDesktop);
; IT may install for all users with /ALLUSERS (needs admin). Silent: /VERYSILENT /SUPPRESSMSGBOXES /NORESTART.
; Uninstalling keeps the user's data (%LOCALAPPDATA%\RenkeiDesktop) unless the user agrees to delete it
; or the uninstaller is run with /PURGEUSERDATA. See docs/install.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\renkei-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "広域連携デスク"
#define AppExe "renkei-desktop.exe"
#define DataFolder "RenkeiDesktop"

[Setup]
; Never change AppId: Windows identifies the installed app (upgrade, uninstall) by it.
AppId={{6F1D7C2A-58B3-4E0D-9A61-3C7E2B9F4D15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Renkei Desktop Project
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\RenkeiDesktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=renkei-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; The setup program's own icon; the shortcuts and Apps & features use the icon inside the exe
; (PyInstaller's icon=, the same resources/icons/renkei-desktop.ico drawn by packaging/make_icon.py).
SetupIconFile={#SourceDir}\_internal\resources\icons\renkei-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale DLL of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; portable.txt is never installed: an installed copy keeps its data in the user's folder.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "portable.txt,data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolder}');
end;

function PurgeRequested(): Boolean;
begin
  Result := Pos('/PURGEUSERDATA', Uppercase(GetCmdTail())) > 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  if not DirExists(UserDataDir()) then
    Exit;
  Purge := PurgeRequested();
  if (not Purge) and (not UninstallSilent()) then
    Purge := MsgBox('この利用者のデータ（データベース、バックアップ、設定、ログ）も削除しますか？' + #13#10 +
      UserDataDir() + #13#10#13#10 +
      '「いいえ」を選ぶとデータは残り、再インストール後もそのまま使えます。',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Purge then
    DelTree(UserDataDir(), True, True, True);
end;
