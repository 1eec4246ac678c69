# Build FieldSafe for Windows (x64) from the lock files.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11 (x64) as `python` (or $env:FIELDSAFE_PYTHON) and Inno
# Setup 6 (ISCC.exe; GitHub's windows-2022 image has it, else
# `choco install innosetup`). Makes, in dist\:
#   FieldSafe-<version>-windows-x64-setup.exe     per-user installer (no admin)
#   FieldSafe-<version>-windows-x64-portable.zip  the same folder with a
#                                                 `portable` file: everything stays in it
# Everything else it writes stays under build\windows\.
#
# Signing (Authenticode, SHA-256, RFC 3161 timestamp), when the certificate is given:
#   $env:WINDOWS_CERT_PFX_BASE64  the code-signing certificate and key (.pfx), base64
#   $env:WINDOWS_CERT_PASSWORD    its password
#   $env:WINDOWS_TIMESTAMP_URL    optional (default http://timestamp.digicert.com)
#   $env:FIELDSAFE_REQUIRE_SIGNING=1 makes a missing certificate an error (release.yml).
# Signed: fieldsafe.exe and fieldsafe-cli.exe before they are packed, then
# Setup and its uninstaller (Inno Setup's SignTool). Certificates issued since
# June 2023 keep their key in hardware and cannot be exported as .pfx: for
# those, replace the signtool line with the vendor's signing tool.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Build = Join-Path $Root "build\windows"
$Venv = Join-Path $Build "venv"
$Dist = Join-Path $Root "dist"
$Python = if ($env:FIELDSAFE_PYTHON) { $env:FIELDSAFE_PYTHON } else { "python" }

function Say($text) { Write-Host "build.ps1: $text" }
# Run a program with its arguments; stop if it fails. (A plain function: its
# arguments, "--version" too, arrive in $args untouched.)
function Run {
    $exe = $args[0]
    $rest = @($args | Select-Object -Skip 1)
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $exe $rest" }
}
$Pfx = $null

# -- 1. the build environment ------------------------------------------------------
New-Item -ItemType Directory -Force -Path $Build, $Dist | Out-Null
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Run $Python -m venv $Venv
$Py = Join-Path $Venv "Scripts\python.exe"
# --no-deps: every package is pinned with its hashes in the lock files; the
# test tools' Windows-only helpers (colorama) are not needed to build.
foreach ($lock in "requirements-build.lock", "requirements.lock", "packaging\requirements-bundle.lock") {
    Run $Py -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $lock
}
Run $Py -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation $Root
$Version = (& $Py -c "from importlib.metadata import version; print(version('fieldsafe'))").Trim()
Say "FieldSafe $Version"

# -- 2. the bundle -----------------------------------------------------------------
Run $Py -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath (Join-Path $Build "dist") --workpath (Join-Path $Build "work") `
    packaging\fieldsafe.spec
$Folder = Join-Path $Build "dist\FieldSafe"
foreach ($exe in "fieldsafe.exe", "fieldsafe-cli.exe") {
    if (-not (Test-Path (Join-Path $Folder $exe))) { throw "the bundle has no $exe" }
}
# The bundle must start: the CLI prints its version (the GUI has no console).
Run (Join-Path $Folder "fieldsafe-cli.exe") --version

# -- 3. signing --------------------------------------------------------------------
$SignCommand = $null
if ($env:WINDOWS_CERT_PFX_BASE64) {
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $SignTool) { throw "signtool.exe not found (Windows SDK)" }
    $Pfx = Join-Path $Build "codesign.pfx"
    [IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
    $Stamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    $SignArgs = @("sign", "/f", $Pfx, "/p", $env:WINDOWS_CERT_PASSWORD, "/fd", "SHA256",
                  "/tr", $Stamp, "/td", "SHA256", "/d", "FieldSafe")
    Run $SignTool.FullName @SignArgs (Join-Path $Folder "fieldsafe.exe") (Join-Path $Folder "fieldsafe-cli.exe")
    # For Inno Setup: $f is the file, $q a quote.
    $SignCommand = "`$q$($SignTool.FullName)`$q sign /f `$q$Pfx`$q /p `$q$($env:WINDOWS_CERT_PASSWORD)`$q " +
                   "/fd SHA256 /tr $Stamp /td SHA256 /d FieldSafe `$f"
} elseif ($env:FIELDSAFE_REQUIRE_SIGNING -eq "1") {
    throw "FIELDSAFE_REQUIRE_SIGNING=1 but WINDOWS_CERT_PFX_BASE64 is empty"
} else {
    Say "not signed (no WINDOWS_CERT_PFX_BASE64): Windows will warn about an unknown publisher"
}

try {
    # -- 4. the installer ----------------------------------------------------------
    $Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
    if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
    if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
    $IsccArgs = @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Folder", "/O$Dist")
    if ($SignCommand) { $IsccArgs += @("/Sfieldsafe=$SignCommand", "/DSignTool=fieldsafe") }
    Run $Iscc @IsccArgs "packaging\windows\fieldsafe.iss"

    # -- 5. the portable zip ---------------------------------------------------------
    $Name = "FieldSafe-$Version-windows-x64-portable"
    $Stage = Join-Path $Build $Name
    if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
    Copy-Item -Recurse $Folder $Stage
    Set-Content -Path (Join-Path $Stage "portable") -Encoding ascii -Value @(
        "This file turns on FieldSafe's portable mode: vaults, settings, logs and",
        "temporary files stay in the data folder beside fieldsafe.exe. Delete it to",
        "use the usual places instead.")
    $Zip = Join-Path $Dist "$Name.zip"
    if (Test-Path $Zip) { Remove-Item -Force $Zip }
    Compress-Archive -Path $Stage -DestinationPath $Zip
} finally {
    if ($Pfx -and (Test-Path $Pfx)) { Remove-Item -Force $Pfx }
}

Get-ChildItem $Dist -Filter "FieldSafe-$Version-windows-*" | ForEach-Object {
    Say ("{0} ({1:N0} MB)" -f $_.FullName, ($_.Length / 1MB))
}
