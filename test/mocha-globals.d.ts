// Browser tests run under mocha (web-test-runner): its globals describe/it/before… for the type checker.
/// <reference types="mocha" />
