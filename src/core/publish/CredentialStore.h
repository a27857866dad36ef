#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace PressDesk {

// Where portal passwords live: the system keychain (through QtKeychain: Secret Service or
// KWallet on Linux, Credential Manager on Windows, Keychain on macOS), never the database or
// the settings file. Where no keychain answers, a password is kept in memory for this session
// only, and the caller tells the user so.
//
// Calls block (a local event loop) for at most a few seconds; use them from the GUI thread
// only in answer to a user's action, or from the publisher's worker.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::CredentialStore)

public:
    // key: what the password is for (a portal's id).
    // Errors: "not-found" (nothing stored), "no-keychain" (none available: ask the user).
    static Result<QString> read(const QString &key);
    // Stores the password. When the keychain is unavailable the password is kept for this
    // session and the result is an Error with code "no-keychain" explaining that it will be
    // asked again next time.
    static Status write(const QString &key, const QString &secret);
    static Status remove(const QString &key);
    // Keeps the password until the program ends, without the keychain (the user's choice).
    static void keepForSession(const QString &key, const QString &secret);

    // PRESSDESK_NO_KEYCHAIN=1 (tests, kiosks): never touch the system keychain.
    static bool keychainDisabled();
    // A keychain failure (QKeychain::Error code) in our own words; the keychain's text goes
    // to the log and to Error::detail. Code "no-keychain" when there is none to use.
    static Error keychainError(int code, const QString &technical);

    // Whether the last call reached a keychain.
    static bool keychainAvailable();
};

} // namespace PressDesk
