/* hold.exe FILE SHARE SECONDS: keep FILE open the way another program does, to try the app on a file
   that is open elsewhere. SHARE "none" allows other programs nothing (a sharing violation for them),
   "read" lets them read (Excel's way with a workbook it has open). Writes FILE.held once it holds the
   file; lets go when FILE.release appears, or after SECONDS. Only for the smoke test under Wine. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 4) { fwprintf(stderr, L"usage: hold FILE none|read SECONDS\n"); return 2; }
    DWORD share = wcscmp(argv[2], L"read") == 0 ? FILE_SHARE_READ : 0;
    HANDLE h = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, share, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) { fwprintf(stderr, L"hold: cannot open (%lu)\n", GetLastError()); return 1; }
    wchar_t marker[MAX_PATH + 8];
    swprintf(marker, MAX_PATH + 8, L"%ls.held", argv[1]);
    HANDLE m = CreateFileW(marker, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (m != INVALID_HANDLE_VALUE) CloseHandle(m);
    wchar_t release[MAX_PATH + 12];
    swprintf(release, MAX_PATH + 12, L"%ls.release", argv[1]);
    for (int ms = _wtoi(argv[3]) * 1000; ms > 0 && GetFileAttributesW(release) == INVALID_FILE_ATTRIBUTES; ms -= 100)
        Sleep(100);
    CloseHandle(h);
    return 0;
}
