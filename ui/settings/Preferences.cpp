#include "ui/settings/Preferences.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace gatehouse::ui {

namespace {
const QString kDataDirKey = QStringLiteral("localEngine/dataDir");
const QString kStartKey = QStringLiteral("localEngine/startAtLaunch");
const QString kLogLevelKey = QStringLiteral("localEngine/logLevel");
const QString kLanguageKey = QStringLiteral("appearance/language");
const QString kPlainSecretFileKey = QStringLiteral("secrets/plainFileFallback");
} // namespace

Preferences Preferences::load(const QSettings& settings)
{
    Preferences preferences;
    preferences.engineDataDir = settings.value(kDataDirKey).toString();
    preferences.startEngineAtLaunch = settings.value(kStartKey, true).toBool();
    const QString level = settings.value(kLogLevelKey).toString();
    for (const EngineLogLevel candidate : {EngineLogLevel::Warning, EngineLogLevel::Info, EngineLogLevel::Debug}) {
        if (level == logLevelKey(candidate)) {
            preferences.engineLogLevel = candidate;
        }
    }
    const QString language = settings.value(kLanguageKey).toString();
    preferences.language = availableLanguages().contains(language) ? language : QString();
    preferences.plainSecretFile = settings.value(kPlainSecretFileKey, false).toBool();
    return preferences;
}

void Preferences::save(QSettings& settings) const
{
    if (engineDataDir.isEmpty()) {
        settings.remove(kDataDirKey);
    } else {
        settings.setValue(kDataDirKey, engineDataDir);
    }
    settings.setValue(kStartKey, startEngineAtLaunch);
    settings.setValue(kLogLevelKey, logLevelKey(engineLogLevel));
    if (language.isEmpty()) {
        settings.remove(kLanguageKey);
    } else {
        settings.setValue(kLanguageKey, language);
    }
    if (plainSecretFile) {
        settings.setValue(kPlainSecretFileKey, true);
    } else {
        settings.remove(kPlainSecretFileKey);
    }
}

QString Preferences::plainSecretFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/client-secrets.json");
}

QString Preferences::defaultEngineDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/engine");
}

QString Preferences::effectiveEngineDataDir() const
{
    return engineDataDir.isEmpty() ? defaultEngineDataDir() : engineDataDir;
}

QString Preferences::loggingRules(EngineLogLevel level)
{
    switch (level) {
    case EngineLogLevel::Warning:
        return QStringLiteral("gatehouse.*.debug=false;gatehouse.*.info=false");
    case EngineLogLevel::Info:
        return QStringLiteral("gatehouse.*.debug=false");
    case EngineLogLevel::Debug:
        return QStringLiteral("gatehouse.*.debug=true;gatehouse.*.info=true");
    }
    return {};
}

QString Preferences::logLevelKey(EngineLogLevel level)
{
    switch (level) {
    case EngineLogLevel::Warning:
        return QStringLiteral("warning");
    case EngineLogLevel::Info:
        return QStringLiteral("info");
    case EngineLogLevel::Debug:
        return QStringLiteral("debug");
    }
    return {};
}

QStringList Preferences::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Preferences::effectiveLanguage() const
{
    if (!language.isEmpty()) {
        return language;
    }
    const QString system = QLocale().name().section(u'_', 0, 0);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

} // namespace gatehouse::ui
