# The Windows installer as an office would use it, on a real Windows (the "windows" GitHub
# workflow runs it after building with Visual Studio; it can be run by hand on an administrator's
# PowerShell): the counterpart of scripts/windows/installer-smoke.sh, which does the same under
# Wine on Linux for the MinGW build.
#  - silent install (/S) for all users into Program Files, with the Start-menu and desktop
#    shortcuts and the uninstaller registered;
#  - the installed pressdesk-cli.exe with only Windows' own folders on PATH (nothing but what
#    the installer put in its folder): creates an article from a Vietnamese HTML file in the
#    default profile (under %APPDATA%), finds it with and without diacritics, exports it (CRLF),
#    finds a misspelling with the installed dictionary, writes the demo plan's report as a PDF;
#  - the installed pressdesk.exe: its main window appears and it closes when asked (WM_CLOSE);
#  - silent uninstall: the folder, the shortcuts and the registration are gone; the user's
#    profile stays.
# Usage (PowerShell 7, pwsh): scripts\windows\installer-smoke.ps1 [-Setup PressDesk-VERSION-win64-setup.exe]
param([string]$Setup = "")
$ErrorActionPreference = "Stop"
function Fail([string]$message) { throw "installer-smoke: $message" }
function Step([string]$message) { Write-Host "installer-smoke: $message" }

if (-not $Setup) {
    $Setup = (Get-ChildItem -Path "build\windows-msvc-vcpkg\PressDesk-*-win64-setup.exe" |
              Select-Object -First 1).FullName
}
if (-not $Setup -or -not (Test-Path $Setup)) { Fail "no installer found" }
$dir = Join-Path $env:ProgramFiles "PressDesk"
$startMenu = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\PressDesk"
$desktopLink = Join-Path $env:PUBLIC "Desktop\PressDesk.lnk"
$uninstallKeys = @("HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\PressDesk",
                   "HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\PressDesk")

Step "silent install of $(Split-Path -Leaf $Setup)"
$install = Start-Process -FilePath $Setup -ArgumentList "/S" -Wait -PassThru
if ($install.ExitCode -ne 0) { Fail "the installer exited with $($install.ExitCode)" }
foreach ($f in @("pressdesk.exe", "pressdesk-cli.exe", "Uninstall.exe", "qt.conf",
                 "Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6Sql.dll", "Qt6Network.dll",
                 "*keychain*.dll", "libpq.dll", "libssl-3*.dll", "sqlite3.dll",
                 "vcruntime140.dll", "msvcp140.dll",
                 "platforms\qwindows.dll", "platforms\qoffscreen.dll", "styles\*.dll",
                 "sqldrivers\qsqlite.dll", "sqldrivers\qsqlpsql.dll", "tls\qschannelbackend.dll",
                 "share\hunspell\vi_VN.aff", "share\hunspell\vi_VN.dic")) {
    if (-not (Test-Path (Join-Path $dir $f))) { Fail "not installed: $f" }
}
if (-not (Test-Path (Join-Path $startMenu "PressDesk.lnk"))) { Fail "no Start-menu shortcut" }
if (-not (Test-Path $desktopLink)) { Fail "no desktop shortcut" }
if (-not ($uninstallKeys | Where-Object { Test-Path $_ })) { Fail "no uninstall registration" }

# Only what the installer put in the folder: no vcpkg, Qt or Visual Studio folder on PATH.
$savedPath = $env:PATH
$env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
Remove-Item Env:QT_PLUGIN_PATH, Env:QT_QPA_PLATFORM, Env:QT_QPA_FONTDIR -ErrorAction SilentlyContinue
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
$cliExe = Join-Path $dir "pressdesk-cli.exe"
function Cli {
    $out = & $cliExe --lang en @args
    if ($LASTEXITCODE -ne 0) { Fail "pressdesk-cli $($args -join ' ') exited with $LASTEXITCODE" }
    return ($out -join "`n")
}
$work = Join-Path ([System.IO.Path]::GetTempPath()) "pressdesk-smoke-$PID"
New-Item -ItemType Directory -Force -Path $work | Out-Null
$utf8 = [System.Text.UTF8Encoding]::new($false)

Step "pressdesk-cli.exe: article new, search, export, spelling, plan report"
[System.IO.File]::WriteAllText("$work\body.html",
    "<p>Huyện Hoài Đức đẩy mạnh cải cách hành chính.</p>`r`n", $utf8)
$id = ((Cli article new --title "Hoài Đức: cải cách hành chính" --body-file "$work\body.html") -split "`n" |
       Where-Object { $_.Trim() } | Select-Object -Last 1).Trim()
if (-not $id) { Fail "article new printed no id" }
$profileDir = Join-Path $env:APPDATA "PressDesk\pressdesk"
if (-not (Get-ChildItem -Path $profileDir -Filter *.sqlite -ErrorAction SilentlyContinue)) {
    Fail "the default profile is not under %APPDATA%: $profileDir"
}
if ((Cli search "hoai duc") -notmatch "Hoài Đức") { Fail "search without diacritics" }
if ((Cli search '"cải cách hành chính"') -notmatch "Hoài Đức") { Fail "search with diacritics" }
Cli article export $id --format txt --out "$work\out.txt" | Out-Null
$exported = [System.IO.File]::ReadAllText("$work\out.txt", $utf8)
if ($exported -notmatch "cải cách hành chính") { Fail "export lost the text" }
if ($exported -notmatch "`r`n") { Fail "the exported text file does not end its lines with CRLF" }
[System.IO.File]::WriteAllText("$work\spell.txt",
    "Hội nghị tổng kêt công tác cải cách hành chính.`r`n", $utf8)
if ((Cli text spell "$work\spell.txt") -notmatch "1:15.kêt.*kết") {
    Fail "text spell did not find the misspelling (no dictionary installed?)"
}
Cli plan report 65/KH-UBND --format pdf --out "$work\report.pdf" | Out-Null
$head = [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes("$work\report.pdf"), 0, 5)
if ($head -ne "%PDF-") { Fail "the report is not a PDF" }

Step "pressdesk.exe: the main window appears and closes when asked"
$app = Start-Process -FilePath (Join-Path $dir "pressdesk.exe") -PassThru
$shown = $false
for ($i = 0; $i -lt 120 -and -not $shown; $i++) {
    Start-Sleep -Milliseconds 500
    $app.Refresh()
    if ($app.HasExited) { Fail "pressdesk.exe exited with $($app.ExitCode) before showing a window" }
    $shown = $app.MainWindowTitle -match "PressDesk$"
}
if (-not $shown) { Fail "no main window (title: '$($app.MainWindowTitle)')" }
Start-Sleep -Seconds 3
# Asked to close as taskkill without /F asks (WM_CLOSE to the program's windows), again while
# it runs: a first-run assistant still open keeps the main window's first close
# from reaching it, as a modal dialog does.
for ($i = 0; $i -lt 15 -and -not $app.HasExited; $i++) {
    & taskkill.exe /PID $app.Id | Out-Null
    $app.WaitForExit(2000) | Out-Null
}
if (-not $app.HasExited) { $app.Kill(); Fail "pressdesk.exe did not close when asked" }
$env:PATH = $savedPath

Step "silent uninstall"
Start-Process -FilePath (Join-Path $dir "Uninstall.exe") -ArgumentList "/S" -Wait | Out-Null
# The uninstaller runs a copy of itself from the temporary folder and returns at once.
for ($i = 0; $i -lt 120 -and (Test-Path $dir); $i++) { Start-Sleep -Milliseconds 500 }
if (Test-Path $dir) { Fail "left behind: $((Get-ChildItem -Recurse $dir | Select-Object -First 5).FullName)" }
if (Test-Path $startMenu) { Fail "Start-menu folder left behind" }
if (Test-Path $desktopLink) { Fail "desktop shortcut left behind" }
if ($uninstallKeys | Where-Object { Test-Path $_ }) { Fail "uninstall registration left behind" }
if (-not (Get-ChildItem -Path $profileDir -Filter *.sqlite -ErrorAction SilentlyContinue)) {
    Fail "uninstall removed the user's profile"
}
Remove-Item -Recurse -Force $work
Step "passed"
