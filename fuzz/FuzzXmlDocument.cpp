// libFuzzer target: the safe XML loader alone (no DTD, no entities, no network, size and depth limits).

#include "core/xmldsig/XmlDocument.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto document = gatehouse::core::xml::XmlDocument::parse(input);
    if (document.ok() && document.value().root() == nullptr) {
        __builtin_trap(); // a loaded document always has a root element
    }
    return 0;
}
