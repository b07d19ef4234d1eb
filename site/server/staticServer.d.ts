import { type Server } from 'node:http'
export declare function createStaticServer(dir: string): Server
