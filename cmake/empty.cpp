// @brief Keeps a component library linkable while it has no sources of its own yet.
