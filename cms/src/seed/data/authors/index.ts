import { annaNeistat } from './anna-neistat'
import { gauriVanGulik } from './gauri-van-gulik'
import { gloriaNafziger } from './gloria-nafziger'
import { leenHashem } from './leen-hashem'
import { monicaCostaRiba } from './monica-costa-riba'
import { salilShetty } from './salil-shetty'

export const authors = [salilShetty, leenHashem, annaNeistat, monicaCostaRiba, gauriVanGulik, gloriaNafziger]
