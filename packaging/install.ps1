<#
Install Krispärm on Windows from this USB stick, with no network.

  powershell -ExecutionPolicy Bypass -File install.ps1 [options]

  -Prefix DIR           install under DIR (default: %LOCALAPPDATA%\Programs\Krisparm)
  -Python PATH          the Python 3.11-3.13 to use (default: py -3.13, -3.12, -3.11, python)
  -AllowUnsigned        accept media without a signature (SHA256SUMS.sig); you are warned
  -Signer FINGERPRINT   stop unless the media was signed by the key with this fingerprint
  -Uninstall            remove what install.ps1 installed; never the vaults
                        (they are in %LOCALAPPDATA%\krisparm, which is never touched)
  -Help                 show this text

Needs Python 3.11, 3.12 or 3.13 (64-bit) already installed. Checks every file on the stick
against SHA256SUMS and its signature, installs the wheels on this stick only (--no-index,
--require-hashes) into a new folder PREFIX\<version>-wheels-<n>, checks that the program
starts and that its window can open (Qt), and only then points the Start-menu shortcut at it.
A failure at any step removes the new folder and leaves the installed program as it was.
#>
param(
    [string]$Prefix = (Join-Path $env:LOCALAPPDATA "Programs\Krisparm"),
    [string]$Python = "",
    [switch]$AllowUnsigned,
    [string]$Signer = "",
    [switch]$Uninstall,
    [switch]$Help
)
$ErrorActionPreference = "Stop"
$Media = $PSScriptRoot
$New = $null
$ManifestName = "INSTALLED"
$FolderPattern = '^[0-9][A-Za-z0-9.+_-]*-wheels-[0-9]+$'
$Shortcut = Join-Path ([Environment]::GetFolderPath("Programs")) "Krispärm.lnk"

function Say([string]$Text) { Write-Host "Krispärm: $Text" }
function Stop-Install([string]$Why) {
    if ($script:New -and (Test-Path -LiteralPath $script:New)) { Remove-Item -Recurse -Force -LiteralPath $script:New }
    Write-Host "Krispärm: STOPPED: $Why`nNothing was changed in the installed program." -ForegroundColor Red
    exit 1
}
if ($Help) {
    $lines = Get-Content -LiteralPath $PSCommandPath
    $end = [Array]::IndexOf($lines, "#>")
    $lines[1..($end - 1)] | ForEach-Object { Write-Host $_ }
    exit 0
}

# == uninstall ====================================================================================
if ($Uninstall) {
    $Manifest = Join-Path $Prefix $ManifestName
    if (-not (Test-Path -LiteralPath $Manifest)) { Stop-Install "install.ps1 installed nothing in $Prefix (no $ManifestName)" }
    $entries = @(Get-Content -LiteralPath $Manifest | Where-Object { $_ })
    foreach ($entry in $entries) {
        if ($entry -notmatch $FolderPattern -and $entry -ne "krisparm.ico") {
            Stop-Install "$Manifest names '$entry', which install.ps1 never writes; removing nothing"
        }
    }
    if (Test-Path -LiteralPath $Shortcut) {
        $target = (New-Object -ComObject WScript.Shell).CreateShortcut($Shortcut).TargetPath
        if ($target.StartsWith($Prefix, [StringComparison]::OrdinalIgnoreCase)) { Remove-Item -Force -LiteralPath $Shortcut }
    }
    foreach ($entry in $entries) {
        $path = Join-Path $Prefix $entry
        if (Test-Path -LiteralPath $path) { Remove-Item -Recurse -Force -LiteralPath $path }
    }
    Remove-Item -Force -LiteralPath $Manifest
    if (-not (Get-ChildItem -Force -LiteralPath $Prefix)) { Remove-Item -Force -LiteralPath $Prefix }
    Say "removed from ${Prefix}: the program, the Start-menu entry and the icon."
    Say "vaults and backups were not touched ($(Join-Path $env:LOCALAPPDATA 'krisparm'))."
    exit 0
}

# == 1. is the stick intact, and who signed it? ===================================================
Say "checking the files on the stick (SHA256SUMS)..."
foreach ($line in Get-Content -LiteralPath (Join-Path $Media "SHA256SUMS")) {
    if ($line -notmatch '^([0-9a-f]{64})  (.+)$') { Stop-Install "SHA256SUMS has an unreadable line: $line" }
    $expected = $Matches[1]; $file = Join-Path $Media ($Matches[2] -replace '/', '\')
    if (-not (Test-Path -LiteralPath $file)) { Stop-Install "missing on the stick: $($Matches[2])" }
    $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $file).Hash.ToLower()
    if ($actual -ne $expected) { Stop-Install "a file on the stick is damaged or was changed: $($Matches[2]). Copy the media again." }
}
$Signed = $false
if (Test-Path (Join-Path $Media "SHA256SUMS.sig")) {
    if (-not (Get-Command ssh-keygen -ErrorAction SilentlyContinue)) {
        if (-not $AllowUnsigned) { Stop-Install "SHA256SUMS is signed, but ssh-keygen (Windows' OpenSSH client) is missing, so the signature cannot be checked. Add the optional feature 'OpenSSH Client', or run again with -AllowUnsigned." }
    } else {
        Get-Content -Raw -LiteralPath (Join-Path $Media "SHA256SUMS") | & ssh-keygen -Y verify -f (Join-Path $Media "allowed_signers") `
            -I krisparm-publisher -n krisparm-media -s (Join-Path $Media "SHA256SUMS.sig") | Out-Null
        if ($LASTEXITCODE -ne 0) { Stop-Install "the signature on SHA256SUMS does not match. Do not install this media." }
        $Signed = $true
    }
}
if (-not $Signed) {
    if (-not $AllowUnsigned) { Stop-Install "this media is not signed (no valid SHA256SUMS.sig): anyone who could write to the stick could have changed the program. If you know where this copy came from, run again with -AllowUnsigned." }
    if ($Signer) { Stop-Install "-Signer was given, but this media is not signed" }
    Write-Host "WARNING: UNSIGNED MEDIA. Nobody vouches for these files: SHA256SUMS only shows they were not damaged in copying. Installing anyway, because -AllowUnsigned was given." -ForegroundColor Yellow
}

# == 2. a Python 3.11-3.13 with venv ===========================================================
$check = "import sys, venv, ensurepip; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))"
$candidates = @()
if ($Python) { $candidates += ,@($Python) } else { $candidates += ,@("py", "-3.13"), ,@("py", "-3.12"), ,@("py", "-3.11"), ,@("python") }
$py = $null
foreach ($c in $candidates) {
    try { & $c[0] $c[1..9] -c $check 2>$null; if ($LASTEXITCODE -eq 0) { $py = $c; break } } catch { continue }
}
if (-not $py) { Stop-Install "no Python 3.11, 3.12 or 3.13 (64-bit) with venv found. Install Python from the organisation's software centre first; there is no ready-made Windows program yet." }

# == 3. install into a new folder ================================================================
$Version = (Get-Content -LiteralPath (Join-Path $Media "VERSION")).Trim()
New-Item -ItemType Directory -Force -Path $Prefix | Out-Null
$n = 1
while (Test-Path -LiteralPath (Join-Path $Prefix "$Version-wheels-$n")) { $n++ }
$New = Join-Path $Prefix "$Version-wheels-$n"
& $py[0] $py[1..9] -m venv $New
if ($LASTEXITCODE -ne 0) { Stop-Install "could not create a virtual environment in $New" }
$env:PIP_CONFIG_FILE = "nul"   # os.devnull: no pip configuration file is read
# --isolated: no pip config or PIP_* variables of this computer take part; only the stick.
& (Join-Path $New "Scripts\python.exe") -m pip install --isolated --quiet --no-index --no-cache-dir `
    --disable-pip-version-check --no-input --no-warn-script-location `
    --find-links (Join-Path $Media "wheels") --require-hashes --only-binary=:all: `
    -r (Join-Path $Media "requirements.txt")
if ($LASTEXITCODE -ne 0) { Stop-Install "pip could not install the wheels from the stick (see above)" }
$Binder = Join-Path $New "Scripts\binder.exe"
& $Binder --version
if ($LASTEXITCODE -ne 0) { Stop-Install "the installed program does not start" }
& (Join-Path $New "Scripts\python.exe") (Join-Path $Media "qt_check.py")
if ($LASTEXITCODE -ne 0) { Stop-Install "the program's window cannot start on this computer (above)" }
$Fingerprint = ""
if ($Signed) {
    $Fingerprint = (& (Join-Path $New "Scripts\python.exe") (Join-Path $Media "media_signer.py") (Join-Path $Media "allowed_signers")).Trim()
    if ($LASTEXITCODE -ne 0) { Stop-Install "cannot read the signer's key in allowed_signers" }
    if ($Signer -and (($Signer -replace '[^0-9]', '') -ne ($Fingerprint -replace '[^0-9]', ''))) {
        Stop-Install "the media was signed by the key $Fingerprint, not by $Signer (-Signer). Do not install this media."
    }
}

# == 4. switch over: icon, manifest, then the Start-menu shortcut ================================
$Manifest = Join-Path $Prefix $ManifestName
$Previous = $null
if (Test-Path -LiteralPath $Shortcut) {
    $target = (New-Object -ComObject WScript.Shell).CreateShortcut($Shortcut).TargetPath
    if ($target.StartsWith($Prefix, [StringComparison]::OrdinalIgnoreCase)) { $Previous = Split-Path (Split-Path $target) }
}
$Keep = @(Split-Path -Leaf $New)
if ($Previous -and (Test-Path -LiteralPath $Previous) -and ($Previous -ne $New)) { $Keep += Split-Path -Leaf $Previous }
try {
    Copy-Item -Force (Join-Path $Media "krisparm.ico") (Join-Path $Prefix "krisparm.ico")
    Set-Content -LiteralPath "$Manifest.new" -Value (@("krisparm.ico") + $Keep) -Encoding UTF8
    Move-Item -Force -LiteralPath "$Manifest.new" -Destination $Manifest
    $Shell = New-Object -ComObject WScript.Shell
    $Link = $Shell.CreateShortcut($Shortcut)
    $Link.TargetPath = Join-Path $New "Scripts\krisparm.exe"
    $Link.IconLocation = Join-Path $Prefix "krisparm.ico"
    $Link.Description = "Krispärm - offline crisis binder"
    $Link.Save()
} catch {
    Stop-Install "could not write the Start-menu entry: $_"
}
$New = $null   # switched: the new folder stays
# Older install folders go (the one just replaced stays until the next install).
Get-ChildItem -Directory -LiteralPath $Prefix | Where-Object { $_.Name -match $FolderPattern -and $Keep -notcontains $_.Name } |
    ForEach-Object { Remove-Item -Recurse -Force -LiteralPath $_.FullName }
Say "$Version installed. Command line: $Binder   Start menu: Krispärm"
if ($Signed) {
    Say "media signed by the key with fingerprint:"
    Say "    $Fingerprint"
    Say "compare it with the paper copy kept with the sticks (it is read aloud like 'binder trust add')."
} else {
    Say "WARNING: installed from UNSIGNED media (-AllowUnsigned)."
}
