; Inno Setup 6 script: installs the PyInstaller one-folder build of FieldSafe
; for the current user only, no administrator rights needed.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\...\build\windows\dist\FieldSafe ^
;        /Odist packaging\windows\fieldsafe.iss
;
; packaging\windows\build.ps1 does the whole build (and the signing, given a
; certificate). What it installs:
;   %LOCALAPPDATA%\Programs\FieldSafe\   fieldsafe.exe, fieldsafe-cli.exe, _internal\
;   Start menu: FieldSafe (and, if ticked, a desktop shortcut)
;   an uninstaller (Settings > Apps, or the Start menu entry's Uninstall)
; The vaults are not in that folder: they are in %LOCALAPPDATA%\FieldSafe
; (platformdirs), and uninstalling never deletes them. A portable copy
; (data\ beside fieldsafe.exe) is the zip build.ps1 makes, not this installer.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\dist\FieldSafe"
#endif

[Setup]
; AppId identifies FieldSafe to Windows across versions: never change it.
AppId={{B294A689-2237-48AE-A609-908148DBB4C2}
AppName=FieldSafe
AppVersion={#AppVersion}
AppVerName=FieldSafe {#AppVersion}
AppPublisher=FieldSafe
AppCopyright=GNU Affero General Public License, version 3 or later
; Per user: no UAC prompt, installs under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\FieldSafe
DefaultGroupName=FieldSafe
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 (1809) or later.
MinVersion=10.0.17763
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\fieldsafe.ico
UninstallDisplayIcon={app}\fieldsafe.exe
UninstallDisplayName=FieldSafe
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputBaseFilename=FieldSafe-{#AppVersion}-windows-x64-setup
; Close a running FieldSafe before replacing its files (it locks on close).
CloseApplications=yes
RestartApplications=no
#ifdef SignTool
; build.ps1 defines the sign tool ("/Sfieldsafe=signtool.exe sign ... $f") and
; /DSignTool=fieldsafe: Setup and its uninstaller are signed as they are made.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\fieldsafe.ico"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An update replaces the program's own files whole (never data: there is none here).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\FieldSafe"; Filename: "{app}\fieldsafe.exe"; IconFilename: "{app}\fieldsafe.ico"; Comment: "Encrypted field records"
Name: "{autodesktop}\FieldSafe"; Filename: "{app}\fieldsafe.exe"; IconFilename: "{app}\fieldsafe.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldsafe.exe"; Description: "{cm:LaunchProgram,FieldSafe}"; Flags: nowait postinstall skipifsilent
