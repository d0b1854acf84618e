package io.zonewarden.capture;

/** How often a flow used one function (Modbus function code, CIP service, DNP3 function, ...). */
public record FunctionCount(String protocol, int code, String name, long count) {}
