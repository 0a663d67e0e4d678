#pragma once

#include "core/saml/Finding.h"
#include "core/saml/MetadataModel.h"
#include "core/saml/ValidationPolicy.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace gatehouse::core::saml {

// The outcome of validating one metadata document.
struct ValidationReport
{
    Findings findings;
    Metadata metadata;      // what could be parsed (empty when the document could not be read at all)
    bool readable = false;  // false when the input is not XML at all (exit code 2 in the CLI)
    bool cancelled = false; // the progress callback stopped the validation (no findings then)
    // How the document was validated: "dom", "streaming", or "dom (streaming declined: <reason>)".
    QString engine;

    int count(Severity severity) const;

    bool hasErrors() const
    {
        return count(Severity::Error) > 0;
    }
};

// Offline SAML metadata validator: safe parsing, schema, structure, endpoints, keys and certificates,
// metadata signature, validity and caching, SSO hints, known-IdP hints and aggregate duplicates.
//
// Two engines give the same findings (tests/unit/core/TestMetadataStreaming.cpp compares them on every fixture):
// - the DOM engine loads the whole document (XmlDocument) and runs the rules over it;
// - the streaming engine reads an md:EntitiesDescriptor aggregate in one pass with libxml2's xmlTextReader (same
//   safe-loading options), validates the schema while reading, expands one top-level element at a time (each
//   EntityDescriptor is turned into the model, its rules and signature checked, then freed) and digests the
//   root's content with a streaming exclusive c14n (ExcC14nWriter) to verify the root signature at the end. Peak
//   memory is the largest entity plus the model instead of ~5x the file. It declines (and the DOM engine runs)
//   for anything it does not cover identically: a root that is not an aggregate, a root signature that is not
//   the first child or not enveloped + exc-c14n with one plain Reference, an ID value used twice (xs:ID
//   uniqueness and the wrapping defences need the whole document); the report's engine says so.
enum class ValidationEngine
{
    Auto, // streaming for files of at least kStreamingThreshold bytes, DOM below
    Dom,
    Streaming, // streaming whatever the size (it still declines to the DOM as described above)
};

// Progress of a streamed validation, called on the validating thread about every kProgressInterval bytes of input
// and once more when all of it has been read (bytesRead == totalBytes). Returning false cancels the validation:
// it stops reading and returns a report with cancelled set and no findings.
using ValidationProgress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

class MetadataValidator
{
public:
    static constexpr qint64 kStreamingThreshold = qint64(4) * 1024 * 1024;
    static constexpr qint64 kProgressInterval = qint64(64) * 1024;

    static ValidationReport validate(QByteArrayView document, const ValidationPolicy& policy);
    // Validates a file; the streaming engine never holds the whole file in memory.
    // progress is called only by the streaming engine (see ValidationProgress).
    static ValidationReport validateFile(const QString& path,
                                         const ValidationPolicy& policy,
                                         ValidationEngine engine = ValidationEngine::Auto,
                                         const ValidationProgress& progress = {});
    // The streaming engine over a document in memory (tests, fuzzing, the desktop validator for large inputs).
    static ValidationReport
    validateStreaming(QByteArrayView document, const ValidationPolicy& policy, const ValidationProgress& progress = {});
};

} // namespace gatehouse::core::saml
