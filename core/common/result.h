#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace clearsight
{

// What went wrong, for a human: what, where (file, line, column) and what to do.
struct Error {
    enum class Code {
        InvalidArgument,
        FileNotFound,
        FileUnreadable,
        NotAWorkspace,
        WorkspaceTooNew,
        Database,
        BadInput,
        Cancelled,
        AlreadyImported,
    };
    Code code = Code::InvalidArgument;
    QString message;
};

// A value or an Error: the return type of every core operation that can fail for expected reasons.
template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that returns nothing on success.
struct Done {
};
using Status = Result<Done>;

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace clearsight
