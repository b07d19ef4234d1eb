import { type Server } from 'node:http'
export declare function createStaticServer(dir: string): Server
export declare function createLiveServer(live: string): Server
