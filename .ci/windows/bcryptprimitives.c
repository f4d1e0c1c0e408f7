/* A stand-in for bcryptprimitives.dll!ProcessPrng, which Debian 12's Wine 8.0 lacks. Every Rust-built
   extension the app uses (pydantic_core, cryptography, python-calamine; Rust >= 1.78) imports it for
   random bytes. Only for building and smoke-testing under Wine: it never goes into the build. */
#include <windows.h>
#include <ntsecapi.h> /* RtlGenRandom = advapi32!SystemFunction036 */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!RtlGenRandom(data, n)) return FALSE;
        data += n; len -= n;
    }
    return TRUE;
}
