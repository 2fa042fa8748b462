// Every node of one kg label, with its properties.
MATCH (n:__LABEL__)
RETURN properties(n) AS props
