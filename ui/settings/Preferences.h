#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace gatehouse::ui {

// The app's preferences that are not environments (those live in client::EnvironmentStore): the bundled engine's
// data folder, whether it starts at launch and its log verbosity, and the interface language. Stored in QSettings
// (organization Gatehouse, application gatehouse); main.cpp reads them at start-up, the Settings dialog edits them.
struct Preferences
{
    enum class EngineLogLevel
    {
        Warning, // warnings and errors only
        Info,    // the engine's default: also requests and state changes
        Debug,   // everything, for troubleshooting
    };

    QString engineDataDir; // empty = defaultEngineDataDir()
    bool startEngineAtLaunch = true;
    EngineLogLevel engineLogLevel = EngineLogLevel::Info;
    QString language; // empty = the system's; else one of availableLanguages()
    // Opt-in for machines without an OS keychain: client secrets go to plainSecretFilePath() (owner-only) when the
    // keychain fails, instead of memory only.
    bool plainSecretFile = false;

    static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;

    // <AppDataLocation>/engine (on Linux ~/.local/share/Gatehouse/gatehouse/engine).
    static QString defaultEngineDataDir();
    QString effectiveEngineDataDir() const;
    // <AppDataLocation>/client-secrets.json: where the opt-in plain-file fallback keeps client secrets.
    static QString plainSecretFilePath();
    // QT_LOGGING_RULES (rules separated by ";") for the engine process at `level`.
    static QString loggingRules(EngineLogLevel level);
    static QString logLevelKey(EngineLogLevel level);
    // The interface languages with a catalogue: "en", "de", "fr".
    static QStringList availableLanguages();
    // The catalogue to load: `language` when it is available, else the system locale's.
    QString effectiveLanguage() const;
};

} // namespace gatehouse::ui
