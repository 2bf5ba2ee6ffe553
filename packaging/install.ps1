# Install Krispärm on Windows from this USB stick, with no network.
#
#   powershell -ExecutionPolicy Bypass -File install.ps1 [-Prefix DIR] [-Python PATH]
#
# Needs Python 3.11, 3.12 or 3.13 (64-bit) already installed ("py" launcher or python.exe).
# Checks every file on the stick against SHA256SUMS, then installs only the wheels on this
# stick (--no-index) whose hashes are in requirements.txt (--require-hashes) into a virtual
# environment, and makes a Start-menu shortcut with the app icon.
param(
    [string]$Prefix = (Join-Path $env:LOCALAPPDATA "Krisparm"),
    [string]$Python = ""
)
$ErrorActionPreference = "Stop"
$Media = $PSScriptRoot
function Stop-Install([string]$Why) {
    Write-Error "Krispärm: STOPPED: $Why`nNothing was changed in the installed program."
    exit 1
}

# 1. Is the stick intact?
Write-Host "Krispärm: checking the files on the stick (SHA256SUMS)..."
foreach ($line in Get-Content -LiteralPath (Join-Path $Media "SHA256SUMS")) {
    if ($line -notmatch '^([0-9a-f]{64})  (.+)$') { Stop-Install "SHA256SUMS has an unreadable line: $line" }
    $expected = $Matches[1]; $file = Join-Path $Media ($Matches[2] -replace '/', '\')
    if (-not (Test-Path -LiteralPath $file)) { Stop-Install "missing on the stick: $($Matches[2])" }
    $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $file).Hash.ToLower()
    if ($actual -ne $expected) { Stop-Install "damaged or changed: $($Matches[2]). Copy the media again." }
}
if (Test-Path (Join-Path $Media "SHA256SUMS.sig")) {
    & ssh-keygen -Y verify -f (Join-Path $Media "allowed_signers") -I krisparm-publisher -n krisparm-media `
        -s (Join-Path $Media "SHA256SUMS.sig") < (Join-Path $Media "SHA256SUMS")
    if ($LASTEXITCODE -ne 0) { Stop-Install "the signature on SHA256SUMS does not match. Do not install." }
}

# 2. A Python 3.11-3.13.
$check = "import sys, venv; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))"
$candidates = @()
if ($Python) { $candidates += ,@($Python) } else { $candidates += ,@("py", "-3.13"), ,@("py", "-3.12"), ,@("py", "-3.11"), ,@("python") }
$py = $null
foreach ($c in $candidates) {
    try { & $c[0] $c[1..9] -c $check 2>$null; if ($LASTEXITCODE -eq 0) { $py = $c; break } } catch { continue }
}
if (-not $py) { Stop-Install "no Python 3.11-3.13 found. Install Python (64-bit) from the organisation's software centre first." }

# 3. The virtual environment, installed from the stick only.
$Version = (Get-Content -LiteralPath (Join-Path $Media "VERSION")).Trim()
$Target = Join-Path $Prefix $Version
if (Test-Path $Target) { Remove-Item -Recurse -Force $Target }
& $py[0] $py[1..9] -m venv $Target
if ($LASTEXITCODE -ne 0) { Stop-Install "could not create a virtual environment in $Target" }
$env:PIP_CONFIG_FILE = "nul"   # os.devnull: no pip configuration file is read
# --isolated: no pip config or PIP_* variables of this computer take part; only the stick.
& (Join-Path $Target "Scripts\python.exe") -m pip install --isolated --quiet --no-index --no-cache-dir `
    --disable-pip-version-check --no-input `
    --find-links (Join-Path $Media "wheels") --require-hashes --only-binary=:all: `
    -r (Join-Path $Media "requirements.txt")
if ($LASTEXITCODE -ne 0) { Remove-Item -Recurse -Force $Target; Stop-Install "pip could not install the wheels from the stick" }
$Binder = Join-Path $Target "Scripts\binder.exe"
& $Binder --version
if ($LASTEXITCODE -ne 0) { Stop-Install "the installed program does not start" }

# 4. Start-menu shortcut (the GUI without a console window) with the app icon.
$Icon = Join-Path $Prefix "krisparm.ico"
Copy-Item -Force (Join-Path $Media "krisparm.ico") $Icon
$Shell = New-Object -ComObject WScript.Shell
$Link = $Shell.CreateShortcut((Join-Path ([Environment]::GetFolderPath("Programs")) "Krispärm.lnk"))
$Link.TargetPath = Join-Path $Target "Scripts\krisparm.exe"
$Link.IconLocation = $Icon
$Link.Description = "Krispärm - offline crisis binder"
$Link.Save()
Write-Host "Krispärm $Version installed. Command line: $Binder   Start menu: Krispärm"
